package uk.police.mopi.shared.web.cache;

import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.View;

/**
 * Renders a view as usual and hands what it wrote to a consumer (the page cache) before
 * sending it. A page that fails to render is neither sent nor kept: the error page
 * answers.
 */
class CapturingView implements View {

	private final View view;

	private final Consumer<String> rendered;

	CapturingView(View view, Consumer<String> rendered) {
		this.view = view;
		this.rendered = rendered;
	}

	@Override
	public String getContentType() {
		return this.view.getContentType();
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		String page = capture(this.view, model, request, response);
		this.rendered.accept(page);
		response.getWriter().write(page);
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
