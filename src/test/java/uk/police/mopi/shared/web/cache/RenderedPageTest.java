package uk.police.mopi.shared.web.cache;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the page cache keeps of a rendered page: the title as text and the main element
 * whole; nothing of a page it could not show to another person.
 */
class RenderedPageTest {

	@Test
	void shouldKeepTheTitleAsTextAndTheMainElementWhole() {
		String html = """
				<html><head><title>Firearms (Refusal &amp; Revocation) - Portal - MoPI compliance portal</title></head>
				<body><header>Signed in as Board Member</header>
				<main class="govuk-main-wrapper" id="main-content"><h1>Firearms</h1><form method="get"></form></main>
				<footer></footer></body></html>
				""";
		RenderedPage page = RenderedPage.of(html).orElseThrow();
		assertThat(page.title()).isEqualTo("Firearms (Refusal & Revocation) - Portal");
		assertThat(page.main()).isEqualTo(
				"<main class=\"govuk-main-wrapper\" id=\"main-content\"><h1>Firearms</h1><form method=\"get\"></form></main>");
	}

	@Test
	void shouldRefuseAMainElementWithASessionsCsrfToken() {
		String html = """
				<html><head><title>Pack - MoPI compliance portal</title></head><body>
				<main><form method="post"><input type="hidden" name="_csrf" value="abc"></form></main></body></html>
				""";
		assertThat(RenderedPage.of(html)).isEmpty();
	}

	@Test
	void shouldRefuseAPageWithoutExactlyOneMainElement() {
		assertThat(RenderedPage.of("<html><head><title>T</title></head><body><p>x</p></body></html>")).isEmpty();
		assertThat(
				RenderedPage.of("<html><head><title>T</title></head><body><main>a</main><main>b</main></body></html>"))
			.isEmpty();
	}

}
