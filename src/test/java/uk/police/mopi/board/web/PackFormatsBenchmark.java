package uk.police.mopi.board.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import uk.police.mopi.bench.LiveHeap;
import uk.police.mopi.board.PackFigures;

/**
 * Benchmark, not a test: the pack's renderers alone, on frozen figures at force scale
 * ({@code bench.requirements} x {@code bench.areas} assessments, 130 milestones, 250
 * budget lines, 40 projects), without the portal or a database. Times the workbook and
 * the PDF (with a pack body heavier than a real one: every milestone, project and budget
 * line as a table), the bytes each render allocates, and the live heap before and after.
 * Run with {@code bench/packs.sh}; see docs/benchmarks.md. Asserts nothing about time.
 */
@Tag("benchmark")
class PackFormatsBenchmark {

	static final int REQUIREMENTS = Integer.getInteger("bench.requirements", 200);

	static final int AREAS = Integer.getInteger("bench.areas", 22);

	static final int WARM_UP = Integer.getInteger("bench.warmUp", 10);

	static final int SAMPLES = Integer.getInteger("bench.samples", 30);

	private interface Render {

		void to(OutputStream out) throws Exception;

	}

	@Test
	void measure() throws Exception {
		long heapBefore = liveHeap();
		PackFigures figures = PackFiguresFixture.forceScale(REQUIREMENTS, AREAS, 130, 250);
		PackCover cover = new PackCover("Board pack, 30 September 2008", false);
		PackWorkbook workbook = new PackWorkbook(PackWorkbookTest.messages());
		PackPdf pdf = PackPdfTest.renderer("pdf-bench-templates/");
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"Renderers alone on frozen figures: %,d assessments, %d milestones, %d projects, %d budget lines; "
						+ "%d warm-up and %d measured renders each, one at a time.%n%n",
				figures.matrix().size(), figures.milestones().size(), figures.projects().size(),
				figures.budgetLines().size(), WARM_UP, SAMPLES));
		report.append("| render | n | p50 ms | p95 ms | max ms | MB allocated per render | size |\n")
			.append("|---|---|---|---|---|---|---|\n");
		report.append(measure("Workbook (.xlsx)", (out) -> workbook.write(figures, cover, Locale.UK, out)));
		report.append(measure("PDF", (out) -> pdf.writePack(figures, cover, Locale.UK, out)));
		report.append(String.format(Locale.ROOT, "%nThe PDF has %d pages.", pages(pdf, figures, cover)));
		report.append(String.format(Locale.ROOT,
				" Live heap (class histogram): %.0f MB before the renders, %.0f MB after them (maximum %.0f MB).%n",
				heapBefore / 1e6, liveHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6));
		System.out.println(report);
		Path out = Path.of("target", "bench", "pack-formats.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	private static String measure(String name, Render render) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			render.to(OutputStream.nullOutputStream());
		}
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long[] nanos = new long[SAMPLES];
		long allocated = 0;
		int size = 0;
		for (int i = 0; i < SAMPLES; i++) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			long bytes = threads.getCurrentThreadAllocatedBytes();
			long start = System.nanoTime();
			render.to(out);
			nanos[i] = System.nanoTime() - start;
			allocated += threads.getCurrentThreadAllocatedBytes() - bytes;
			size = out.size();
		}
		Arrays.sort(nanos);
		return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %,d bytes |%n", name, SAMPLES,
				percentile(nanos, 50), percentile(nanos, 95), nanos[SAMPLES - 1] / 1e6, allocated / 1e6 / SAMPLES,
				size);
	}

	private static int pages(PackPdf pdf, PackFigures figures, PackCover cover) throws Exception {
		ByteArrayOutputStream one = new ByteArrayOutputStream();
		pdf.writePack(figures, cover, Locale.UK, one);
		try (PDDocument document = Loader.loadPDF(one.toByteArray())) {
			return document.getNumberOfPages();
		}
	}

	private static long liveHeap() {
		return LiveHeap.bytes();
	}

	private static double percentile(long[] sorted, double percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

}
