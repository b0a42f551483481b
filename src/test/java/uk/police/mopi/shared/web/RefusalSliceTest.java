package uk.police.mopi.shared.web;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.support.Users;
import uk.police.mopi.support.WebSliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one vocabulary of refusal, on a page and on the API: a stale version gets a 409
 * naming who changed the record and when, with both versions and a way to apply the
 * change again; invalid input gets its problems by field, in words from the messages.
 */
@WebSliceTest({ RefusalSliceTest.ThingController.class, RefusalSliceTest.ThingApiController.class })
@org.springframework.context.annotation.Import({ RefusalSliceTest.ThingController.class,
		RefusalSliceTest.ThingApiController.class })
class RefusalSliceTest {

	static final Instant CHANGED_AT = Instant.parse("2008-09-30T09:15:00Z");

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldShowWhoChangedItWhenAndBothVersionsOnAConflictPage() throws Exception {
		this.mvc
			.perform(post("/things/T1").param("name", "Mine <b>")
				.param("level", "GOOD")
				.param("version", "3")
				.with(csrf())
				.with(user(Users.programmeTeam())))
			.andExpect(status().isConflict())
			.andExpect(
					content().string(containsString("Project T1 was changed by Sam Smith on 30 September 2008 10:15")))
			.andExpect(content().string(containsString("Theirs &lt;i&gt;")))
			.andExpect(content().string(containsString("Mine &lt;b&gt;")))
			.andExpect(content().string(containsString("<td class=\"govuk-table__cell portal-pre-wrap\">Good</td>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"4\"")))
			.andExpect(content().string(containsString("name=\"name\" value=\"Mine &lt;b&gt;\"")))
			.andExpect(content().string(not(containsString("value=\"3\""))));
	}

	@Test
	void shouldPutInvalidInputOnItsFieldInWords() throws Exception {
		this.mvc
			.perform(post("/things/T1").param("name", "")
				.param("version", "4")
				.with(csrf())
				.with(user(Users.programmeTeam())))
			.andExpect(status().isOk())
			.andExpect(content().string("name:Enter a value"));
	}

	@Test
	void shouldAnswerTheApiWith409NamingWhoAndWhenAndBothVersions() throws Exception {
		this.mvc
			.perform(post("/api/v1/things/T1").contentType("application/json")
				.content("{\"name\":\"Mine\"}")
				.with(user(Users.programmeTeam())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.changedBy").value("Sam Smith"))
			.andExpect(jsonPath("$.changedAt").value("2008-09-30T09:15:00Z"))
			.andExpect(jsonPath("$.currentVersion").value(4))
			.andExpect(jsonPath("$.current.name").value("Theirs <i>"))
			.andExpect(jsonPath("$.yours.name").value("Mine <b>"))
			.andExpect(jsonPath("$.detail", containsString("Project T1 was changed by Sam Smith")));
	}

	@Test
	void shouldAnswerTheApiWith422AndEachProblemInWords() throws Exception {
		this.mvc
			.perform(post("/api/v1/things/T1").contentType("application/json")
				.content("{}")
				.with(user(Users.programmeTeam())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].code").value("input.size"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter at most 200 characters"));
	}

	static ConcurrentChangeException conflict(String yours) {
		return ConcurrentChangeException.on("subject.project", "T1")
			.changedBy("Sam Smith", CHANGED_AT, 4)
			.field("name", "project.name", "Theirs <i>", yours)
			.field("level", "edit.level", "level.", uk.police.mopi.assessment.ComplianceLevel.FAIR,
					uk.police.mopi.assessment.ComplianceLevel.GOOD)
			.currentPath("/things/T1")
			.build();
	}

	static class ThingForm {

		private String name;

		private long version;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	@Controller
	static class ThingController {

		private final org.springframework.context.MessageSource messages;

		ThingController(org.springframework.context.MessageSource messages) {
			this.messages = messages;
		}

		@PostMapping("/things/T1")
		@PreAuthorize("hasRole('PROGRAMME_TEAM')")
		@org.springframework.web.bind.annotation.ResponseBody
		String save(@ModelAttribute("form") ThingForm form, BindingResult binding) {
			boolean saved = Forms.submit(binding, () -> {
				if (form.getName() == null || form.getName().isBlank()) {
					throw InvalidInputException.of("name", "input.required");
				}
				throw conflict(form.getName());
			});
			return saved ? "saved"
					: binding.getFieldErrors()
						.stream()
						.map((e) -> e.getField() + ":" + this.messages.getMessage(e, java.util.Locale.UK))
						.reduce("", String::concat);
		}

	}

	@RestController
	static class ThingApiController {

		@PostMapping("/api/v1/things/T1")
		@PreAuthorize("hasRole('PROGRAMME_TEAM')")
		String save(@RequestBody java.util.Map<String, String> body) {
			if (body.get("name") == null) {
				throw InvalidInputException.of("name", "input.size", 200);
			}
			throw conflict("Mine <b>");
		}

	}

}
