package uk.police.mopi.dashboard.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.dashboard.AreaOwnerView;
import uk.police.mopi.dashboard.DashboardService;
import uk.police.mopi.dashboard.LevelCounts;
import uk.police.mopi.shared.NotFoundException;

/**
 * One business area's view: its gaps by target date with the milestone that closes each
 * (or "unplanned"), which have no evidence yet, and its progress against the other areas.
 * Made for the area's owners; any role may read it.
 */
@Controller
class AreaDashboardController {

	private final AreaOwnerView owner;

	private final DashboardService dashboard;

	private final BusinessAreaService areas;

	AreaDashboardController(AreaOwnerView owner, DashboardService dashboard, BusinessAreaService areas) {
		this.owner = owner;
		this.dashboard = dashboard;
		this.areas = areas;
	}

	/**
	 * An area's place among all areas.
	 *
	 * @param area the area
	 * @param counts its counts
	 */
	record Standing(BusinessAreaView area, LevelCounts counts) {
	}

	@GetMapping("/dashboard/areas/{code}")
	String area(@PathVariable String code, Model model) {
		BusinessAreaView area = this.areas.area(code.toUpperCase(java.util.Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("There is no business area " + code));
		List<AreaOwnerView.Gap> gaps = this.owner.gaps(area.code());
		Map<String, LevelCounts> byArea = this.dashboard.compliance(null).byArea();
		List<Standing> standings = this.areas.areas()
			.stream()
			.filter((a) -> byArea.containsKey(a.code()))
			.map((a) -> new Standing(a, byArea.get(a.code())))
			.sorted(Comparator.comparingInt((Standing s) -> -s.counts().percent(s.counts().atLeastFair()))
				.thenComparing((s) -> s.area().code()))
			.toList();
		model.addAttribute("area", area);
		model.addAttribute("gaps", gaps);
		model.addAttribute("unplanned", gaps.stream().filter(AreaOwnerView.Gap::unplanned).count());
		model.addAttribute("withoutEvidence", gaps.stream().filter((g) -> g.evidence() == 0).count());
		model.addAttribute("standings", standings);
		model.addAttribute("today", this.dashboard.today());
		return "dashboard/area";
	}

}
