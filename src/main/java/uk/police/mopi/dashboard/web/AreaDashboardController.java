package uk.police.mopi.dashboard.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

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

	/**
	 * An area's gaps, all of them or only the unplanned ones or only those with no
	 * evidence yet (what awaits the owner), and the area against the others.
	 */
	@GetMapping("/dashboard/areas/{code}")
	String area(@PathVariable String code, @RequestParam(required = false) String show, Model model) {
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
		String filter = ("unplanned".equals(show) || "noEvidence".equals(show)) ? show : null;
		model.addAttribute("area", area);
		model.addAttribute("show", filter);
		model.addAttribute("allGaps", gaps.size());
		model.addAttribute("gaps",
				gaps.stream()
					.filter((g) -> filter == null || ("unplanned".equals(filter) ? g.unplanned() : g.evidence() == 0))
					.toList());
		model.addAttribute("unplanned", gaps.stream().filter(AreaOwnerView.Gap::unplanned).count());
		model.addAttribute("withoutEvidence", gaps.stream().filter((g) -> g.evidence() == 0).count());
		model.addAttribute("standings", standings);
		model.addAttribute("today", this.dashboard.today());
		return "dashboard/area";
	}

}
