package uk.police.mopi.user;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.police.mopi.businessarea.AreaOwnerDirectory;
import uk.police.mopi.shared.persistence.Rows;

/** Names the owners of each business area from the people who own them. */
@Component
class UserAreaOwnerDirectory implements AreaOwnerDirectory {

	private final JdbcClient jdbc;

	UserAreaOwnerDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> scopeOf(Authentication authentication) {
		PortalUser user = PortalUser.from(authentication);
		return (user != null) ? user.programmeScope() : Set.of();
	}

	@Override
	public Map<String, List<String>> ownersByArea() {
		record Owner(String area, String name) {
		}
		return this.jdbc.sql("""
				select o.business_area_code as area, u.display_name as name
				from business_area_owner o join app_user u on u.id = o.user_id
				where u.enabled and u.role = 'AREA_OWNER'
				order by u.display_name
				""")
			.query(Rows.of(Owner.class))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Owner::area, Collectors.mapping(Owner::name, Collectors.toList())));
	}

}
