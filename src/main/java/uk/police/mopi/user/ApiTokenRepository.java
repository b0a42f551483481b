package uk.police.mopi.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByOwnerIdOrderByCreatedAtDesc(long ownerId);

	/**
	 * Records a use; not a change of the token, so neither its version nor who changed
	 * it.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
	int markUsed(long id, Instant now);

}
