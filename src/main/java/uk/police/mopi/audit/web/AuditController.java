package uk.police.mopi.audit.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.audit.AuditPage;
import uk.police.mopi.audit.AuditTrail;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.shared.web.ListExport;

/**
 * The administrators' audit pages: browse the trail with filters, export the filtered
 * rows as CSV or Excel, and verify the chain.
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
	String export(@ModelAttribute("filter") AuditFilterForm filter, BindingResult binding,
			@RequestParam(name = ListExport.FORMAT, required = false) String format, HttpServletResponse response) {
		if (!Forms.submit(binding, () -> filter.toFilter().check())) {
			return "audit/list";
		}
		ListExport.write(response,
				new ListExport.Table("audit-trail", AuditTrail.COLUMNS,
						(rows) -> this.trail.export(filter.toFilter(), (row) -> rows.add((Object[]) row))),
				ListExport.Format.of(format));
		return null;
	}

	@PostMapping("/verify")
	@PreAuthorize("hasRole('ADMIN')")
	String verify(Model model) {
		model.addAttribute("check", this.trail.verify());
		return "audit/verify";
	}

}
