package uk.police.mopi.board.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.police.mopi.board.BoardPacks;
import uk.police.mopi.board.PackPage;
import uk.police.mopi.board.PackView;
import uk.police.mopi.shared.web.SheetExport;

/**
 * A pack's PDF and Excel workbook, for people (from the pack's page) and for machines
 * (the API, Basic or token): both from the pack's figures, frozen for a published pack,
 * live for a draft, which the PDF marks DRAFT on every page. Each file is rendered whole
 * before a byte is sent, so a failed render never leaves half a file.
 */
@Controller
class PackDownloadController {

	private final BoardPacks packs;

	private final PackTrajectorySvg chart;

	private final PackPdf pdf;

	private final PackWorkbook workbook;

	PackDownloadController(BoardPacks packs, PackTrajectorySvg chart, PackPdf pdf, PackWorkbook workbook) {
		this.packs = packs;
		this.chart = chart;
		this.pdf = pdf;
		this.workbook = workbook;
	}

	@GetMapping({ "/board/packs/{id}/pack.pdf", "/api/v1/board-packs/{id}/pack.pdf" })
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		PackPage page = this.chart.charted(this.packs.page(id));
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		this.pdf.writePack(page, cover(page.pack()), locale, out);
		return file(out, MediaType.APPLICATION_PDF, filename(page.pack(), "pdf"));
	}

	@GetMapping({ "/board/packs/{id}/pack.xlsx", "/api/v1/board-packs/{id}/pack.xlsx" })
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
		PackView pack = this.packs.pack(id);
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		this.workbook.write(this.packs.figures(id), cover(pack), locale, out);
		return file(out, MediaType.parseMediaType(SheetExport.CONTENT_TYPE), filename(pack, "xlsx"));
	}

	private static PackCover cover(PackView pack) {
		return new PackCover(pack.title(), pack.draft());
	}

	private static String filename(PackView pack, String extension) {
		return "board-pack-" + pack.id() + "-" + pack.asAt() + (pack.draft() ? "-draft." : ".") + extension;
	}

	private static ResponseEntity<byte[]> file(ByteArrayOutputStream out, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(out.toByteArray());
	}

}
