package uk.police.mopi.businessarea.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;

/** Business areas for machines. Any role, with HTTP Basic. */
@RestController
@RequestMapping("/api/v1/business-areas")
@Tag(name = "Business areas")
class BusinessAreaApiController {

	private final BusinessAreaService areas;

	BusinessAreaApiController(BusinessAreaService areas) {
		this.areas = areas;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The business areas the caller reads (an area owner their own), the priority ones flagged")
	List<BusinessAreaView> list(Authentication authentication) {
		return this.areas.areasFor(authentication);
	}

}
