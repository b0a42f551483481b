package uk.police.mopi.shared.web.cache;

import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.View;

/**
 * A cached page: the layout rendered now for the person signed in, with the page's main
 * content, kept as UTF-8 bytes, written in its place as it is (no template evaluates or
 * copies it again).
 */
class CachedPageView implements View {

	/** Stands for the main content in the layout, then is replaced by it. */
	static final String MARKER = "<!--portal:cached-main-->";

	private final View layout;

	private final PageCache.Page page;

	CachedPageView(View layout, PageCache.Page page) {
		this.layout = layout;
		this.page = page;
	}

	@Override
	public String getContentType() {
		return "text/html;charset=UTF-8";
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		Map<String, Object> layoutModel = new HashMap<>(model);
		layoutModel.put("cachedTitle", this.page.title());
		layoutModel.put("cachedMain", MARKER);
		String shell = capture(this.layout, layoutModel, request, response);
		int at = shell.indexOf(MARKER);
		if (at < 0) {
			throw new IllegalStateException("The cached page's layout lost its main content");
		}
		byte[] before = shell.substring(0, at).getBytes(StandardCharsets.UTF_8);
		byte[] after = shell.substring(at + MARKER.length()).getBytes(StandardCharsets.UTF_8);
		byte[] main = this.page.main();
		response.setContentType(getContentType());
		response.setContentLength(before.length + main.length + after.length);
		ServletOutputStream out = response.getOutputStream();
		out.write(before);
		out.write(main);
		out.write(after);
	}

	/** What a view writes, as text, with the headers it sets passed to the response. */
	static String capture(View view, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		CharArrayWriter html = new CharArrayWriter(16 * 1024);
		PrintWriter writer = new PrintWriter(html);
		view.render(model, request, new HttpServletResponseWrapper(response) {

			@Override
			public PrintWriter getWriter() {
				return writer;
			}

			@Override
			public ServletOutputStream getOutputStream() {
				throw new IllegalStateException("A cached page is written as text");
			}

			@Override
			public void flushBuffer() {
				writer.flush();
			}

		});
		writer.flush();
		return html.toString();
	}

}
