package uk.police.mopi.user;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdentityGroupMappingRepository extends JpaRepository<IdentityGroupMapping, Long> {

	List<IdentityGroupMapping> findAllByOrderByGroupNameAscRoleAscBusinessAreaCodeAsc();

	List<IdentityGroupMapping> findByGroupNameIn(Collection<String> groupNames);

	boolean existsByGroupNameAndRoleAndBusinessAreaCode(String groupName, Role role, String businessAreaCode);

	boolean existsByGroupNameAndRoleAndBusinessAreaCodeIsNull(String groupName, Role role);

}
