package uk.police.mopi.user;

import java.util.List;
import java.util.Set;

import uk.police.mopi.shared.DemoData;

/**
 * The people of the demo force, all with the password {@value DemoData#DEMO_PASSWORD}:
 * the administrator; the programme team (the programme manager, the PMO lead, two PMO
 * analysts and the project managers); the chief officers and heads of department who sit
 * on the Investment Board and sponsor projects; and an owner for every one of the 22
 * business areas (some own several, as a head of department would). Names are invented.
 */
final class DemoPeople {

	static final List<NewUser> ACCOUNTS = List.of(
			// the accounts every test signs in as
			person("admin", "Alex Adams", Role.ADMIN), person("pmo", "Priya Morgan", Role.PROGRAMME_TEAM),
			owner("owner.custody", "Chris Ode", "CUS"), person("board", "Bernadette Oakes", Role.BOARD),
			// the programme team
			person("manager.fletcher", "Richard Fletcher", Role.PROGRAMME_TEAM),
			person("analyst.jones", "Gareth Jones", Role.PROGRAMME_TEAM),
			person("analyst.khan", "Aisha Khan", Role.PROGRAMME_TEAM),
			person("manager.lloyd", "Bethan Lloyd", Role.PROGRAMME_TEAM),
			person("manager.osei", "Kwame Osei", Role.PROGRAMME_TEAM),
			person("manager.brennan", "Siobhan Brennan", Role.PROGRAMME_TEAM),
			person("manager.hartley", "Daniel Hartley", Role.PROGRAMME_TEAM),
			person("manager.singh", "Harjit Singh", Role.PROGRAMME_TEAM),
			// project sponsors: chief officers and heads of department on the Board
			person("sponsor.grant", "Andrew Grant", Role.BOARD),
			person("sponsor.ashworth", "Margaret Ashworth", Role.BOARD),
			person("sponsor.nwosu", "Elizabeth Nwosu", Role.BOARD), person("sponsor.devlin", "Paul Devlin", Role.BOARD),
			person("sponsor.cole", "Stephen Cole", Role.BOARD),
			// the owners of the priority areas
			owner("owner.crime", "Helen Marsh", "CRM"), owner("owner.intelligence", "Rajesh Patel", "INT", "CHS"),
			owner("owner.child-protection", "Fiona Gallagher", "CPT"),
			owner("owner.firearms", "Graham Whitfield", "FRR"), owner("owner.domestic-violence", "Sarah Okafor", "DV"),
			// the owners of the other sixteen areas
			owner("owner.public-protection", "Joanne Reeves", "PPU", "MIS"),
			owner("owner.operations", "Martin Kershaw", "RDP", "POR"),
			owner("owner.counter-terrorism", "Duncan Fraser", "CT"),
			owner("owner.professional-standards", "Karen Lowe", "PSD", "VET"),
			owner("owner.call-handling", "Gary Pearson", "CHD"),
			owner("owner.criminal-justice", "Yvonne Clarke", "CSF", "PRP"),
			owner("owner.specialist-crime", "David Achebe", "MCR", "ECR"),
			owner("owner.forensics", "Linda Hargreaves", "FOR"),
			owner("owner.local-policing", "Tom Bradshaw", "LIC", "SAS"));

	private DemoPeople() {
	}

	private static NewUser person(String username, String name, Role role) {
		return new NewUser(username, name, DemoData.DEMO_PASSWORD, role, Set.of());
	}

	private static NewUser owner(String username, String name, String... areas) {
		return new NewUser(username, name, DemoData.DEMO_PASSWORD, Role.AREA_OWNER, Set.of(areas));
	}

}
