package uk.police.mopi.board.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.police.mopi.board.PackFigures;
import uk.police.mopi.shared.web.SheetExport;

/**
 * A pack's Excel workbook, written from its frozen figures only: a Summary sheet whose
 * figures are formulas (COUNTIFS, SUMIFS) over the data sheets, so that an analyst who
 * recalculates gets the pack's numbers from the lists behind them, then one data sheet
 * per list (the matrix as at the pack's date with levels in words, by area, by section,
 * milestones, projects, budget lines, decisions, budget years). Every sheet is streamed
 * (SXSSF keeps {@value #WINDOW} rows in memory), so memory does not grow with the matrix.
 * Text is always text (see {@link SheetExport#set}); the formulas carry the frozen
 * figures as their cached results, and the workbook asks to be recalculated when opened.
 */
@Component
public class PackWorkbook {

	/** Rows kept in memory per sheet while writing. */
	static final int WINDOW = 100;

	private final MessageSource messages;

	public PackWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Writes the pack's workbook to the stream, which is left open.
	 * @param figures the pack's frozen figures
	 * @param cover its title and whether it is a draft
	 * @param locale the language of the labels and the words of codes
	 * @param out where the .xlsx goes ({@link SheetExport#CONTENT_TYPE})
	 */
	public void write(PackFigures figures, PackCover cover, Locale locale, OutputStream out) {
		PackWords words = new PackWords(this.messages, locale);
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try {
			workbook.setCompressTempFiles(true);
			SheetExport.Styles styles = new SheetExport.Styles(workbook);
			Sheets sheets = new Sheets(workbook.createSheet(words.text("packformat.sheet.summary")),
					workbook.createSheet(words.text("packformat.sheet.matrix")),
					workbook.createSheet(words.text("packformat.sheet.byArea")),
					workbook.createSheet(words.text("packformat.sheet.bySection")),
					workbook.createSheet(words.text("packformat.sheet.milestones")),
					workbook.createSheet(words.text("packformat.sheet.projects")),
					workbook.createSheet(words.text("packformat.sheet.budgetLines")),
					workbook.createSheet(words.text("packformat.sheet.decisions")),
					workbook.createSheet(words.text("packformat.sheet.budgetYears")));
			new PackDataSheets(words, styles).write(figures, sheets);
			new PackSummarySheet(words, styles, sheets).write(figures, cover);
			workbook.setForceFormulaRecalculation(true);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

	/** The workbook's sheets, in their order. */
	record Sheets(Sheet summary, Sheet matrix, Sheet byArea, Sheet bySection, Sheet milestones, Sheet projects,
			Sheet budgetLines, Sheet decisions, Sheet budgetYears) {
	}

}
