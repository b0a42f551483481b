package uk.police.mopi.returns.web;

import java.util.concurrent.atomic.AtomicReference;

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

import uk.police.mopi.returns.HomeOfficeReturn;
import uk.police.mopi.returns.HomeOfficeReturns;
import uk.police.mopi.shared.InputBounds;
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

	@GetMapping("/returns/home-office/download")
	@PreAuthorize("@returnsPolicy.canRead(authentication)")
	ResponseEntity<?> download(@RequestParam(required = false) String asAt,
			@RequestParam(required = false) String format, @RequestParam(required = false) String table) {
		ReturnFormats.format(format);
		return ReturnFormats.download(this.returns.homeOffice(InputBounds.date("asAt", asAt)), format, table);
	}

	@PostMapping("/returns/home-office")
	@PreAuthorize("@returnsPolicy.canSubmit(authentication)")
	String submit(@ModelAttribute("returnForm") ReturnForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (!form.isConfirm()) {
			binding.rejectValue("confirm", "returns.confirm.required");
		}
		AtomicReference<HomeOfficeReturn> submitted = new AtomicReference<>();
		if (Forms.submit(binding,
				() -> submitted.set(this.returns.submit(InputBounds.date("asAt", form.getAsAt()), user)))) {
			redirect.addFlashAttribute("success", "returns.submitted");
			return "redirect:/returns/home-office?asAt=" + submitted.get().asAt();
		}
		if (binding.hasFieldErrors("asAt")) {
			return index(model, false);
		}
		return preview(this.returns.homeOffice(InputBounds.date("asAt", form.getAsAt())), form, model, true);
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
