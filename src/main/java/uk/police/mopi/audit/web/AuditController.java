package uk.police.mopi.audit.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import uk.police.mopi.audit.AuditPage;
import uk.police.mopi.audit.AuditTrail;
import uk.police.mopi.shared.web.Forms;

/**
 * The administrators' audit pages: browse the trail with filters, export the filtered
 * rows as CSV, and verify the chain.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	String list(@ModelAttribute("filter") AuditFilterForm filter, BindingResult binding, Model model) {
		AuditPage[] page = { null };
		Forms.submit(binding, () -> page[0] = this.trail.page(filter.toFilter(), filter.getPage()));
		model.addAttribute("audit", page[0]);
		return "audit/list";
	}

	@GetMapping("/export")
	@PreAuthorize("hasRole('ADMIN')")
	String export(@ModelAttribute("filter") AuditFilterForm filter, BindingResult binding, HttpServletResponse response)
			throws IOException {
		if (!Forms.submit(binding, () -> filter.toFilter().check())) {
			return "audit/list";
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail.csv\"");
		this.trail.export(filter.toFilter(), response.getWriter());
		return null;
	}

	@PostMapping("/verify")
	@PreAuthorize("hasRole('ADMIN')")
	String verify(Model model) {
		model.addAttribute("check", this.trail.verify());
		return "audit/verify";
	}

}
