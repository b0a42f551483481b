package uk.police.mopi.user;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.police.mopi.shared.persistence.AuditedEntity;

/**
 * One of the identity provider's groups and the role it gives; an area-owner group names
 * the business area it owns.
 */
@Entity
@Table(name = "identity_group_mapping")
class IdentityGroupMapping extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String groupName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String businessAreaCode;

	protected IdentityGroupMapping() {
	}

	IdentityGroupMapping(NewSignInGroup group, Instant now, String by) {
		this.groupName = group.groupName();
		this.role = group.role();
		this.businessAreaCode = (group.role() == Role.AREA_OWNER) ? group.businessAreaCode() : null;
		created(by, now);
	}

	String getGroupName() {
		return this.groupName;
	}

	Role getRole() {
		return this.role;
	}

	String getBusinessAreaCode() {
		return this.businessAreaCode;
	}

	SignInGroupView toView() {
		return new SignInGroupView(this.id, this.groupName, this.role, this.businessAreaCode, getUpdatedAt(),
				getUpdatedBy());
	}

}
