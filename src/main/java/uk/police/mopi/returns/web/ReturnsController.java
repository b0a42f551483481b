package uk.police.mopi.returns.web;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import uk.police.mopi.returns.HomeOfficeReturn;
import uk.police.mopi.returns.HomeOfficeReturns;
import uk.police.mopi.shared.InputBounds;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * The Home Office return's pages: the submitted returns and a form to prepare one; the
 * return as at a date (prepared, or as submitted) with its downloads; and the programme
 * team's submission, which freezes it.
 */
@Controller
class ReturnsController {

	private final HomeOfficeReturns returns;

	ReturnsController(HomeOfficeReturns returns) {
		this.returns = returns;
	}

	@GetMapping("/returns")
	@PreAuthorize("@returnsPolicy.canRead(authentication)")
	String index(Model model) {
		model.addAttribute("returnForm", ReturnForm.of(this.returns.defaultDate().toString()));
		return index(model, true);
	}

	@GetMapping("/returns/home-office")
	@PreAuthorize("@returnsPolicy.canRead(authentication)")
	String homeOffice(@ModelAttribute("returnForm") ReturnForm form, BindingResult binding, Model model) {
		AtomicReference<HomeOfficeReturn> prepared = new AtomicReference<>();
		if (!Forms.submit(binding,
				() -> prepared.set(this.returns.homeOffice(InputBounds.date("asAt", form.getAsAt()))))) {
			return index(model, false);
		}
		return preview(prepared.get(), form, model, false);
	}

	/**
	 * A download the page links to. Asked with a bad date, format or table, it sends the
	 * browser back to the return's page, which shows the date's error on its field.
	 */
	@GetMapping("/returns/home-office/download")
	@PreAuthorize("@returnsPolicy.canRead(authentication)")
	ResponseEntity<?> download(@RequestParam(required = false) String asAt,
			@RequestParam(required = false) String format, @RequestParam(required = false) String table) {
		try {
			ReturnFormats.format(format);
			return ReturnFormats.download(this.returns.homeOffice(InputBounds.date("asAt", asAt)), format, table);
		}
		catch (InvalidInputException ex) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(UriComponentsBuilder.fromPath("/returns/home-office")
					.queryParam("asAt", "{asAt}")
					.encode()
					.buildAndExpand((asAt != null) ? asAt : "")
					.toUri())
				.build();
		}
	}

	/**
	 * Submits the return as at the form's date once the programme team has confirmed it;
	 * without the confirmation the return is shown again, asking for it.
	 */
	@PostMapping("/returns/home-office")
	@PreAuthorize("@returnsPolicy.canSubmit(authentication)")
	String submit(@ModelAttribute("returnForm") ReturnForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		AtomicReference<HomeOfficeReturn> prepared = new AtomicReference<>();
		if (!Forms.submit(binding, () -> prepared.set(this.returns.homeOffice(required(form.getAsAt()))))) {
			return index(model, false);
		}
		if (!form.isConfirm()) {
			binding.rejectValue("confirm", "returns.confirm.required");
			return preview(prepared.get(), form, model, true);
		}
		if (Forms.submit(binding, () -> this.returns.submit(prepared.get().asAt(), user))) {
			redirect.addFlashAttribute("success", "returns.submitted");
			return "redirect:/returns/home-office?asAt=" + prepared.get().asAt();
		}
		return index(model, false);
	}

	private static LocalDate required(String asAt) {
		LocalDate date = InputBounds.date("asAt", asAt);
		if (date == null) {
			throw InvalidInputException.of("asAt", "returns.asAt.required");
		}
		return date;
	}

	private String preview(HomeOfficeReturn prepared, ReturnForm form, Model model, boolean failed) {
		model.addAttribute("homeOfficeReturn", prepared);
		model.addAttribute("failed", failed);
		form.setAsAt(prepared.asAt().toString());
		return "returns/home-office";
	}

	private String index(Model model, boolean fresh) {
		model.addAttribute("submitted", this.returns.submitted());
		model.addAttribute("dueDates", this.returns.dueDates());
		model.addAttribute("failed", !fresh);
		return "returns/index";
	}

}
