package uk.police.mopi.user;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	boolean existsByUsername(String username);

	Optional<AppUser> findByOidcIssuerAndOidcSubject(String oidcIssuer, String oidcSubject);

	boolean existsByRole(Role role);

	/** Everyone with their areas in one statement (not one more per person). */
	@Query("select distinct u from AppUser u left join fetch u.ownedAreas order by u.username")
	List<AppUser> findAllByUsername();

	/**
	 * The person with their areas in one statement: what every request of a session
	 * reads.
	 */
	@Query("select u from AppUser u left join fetch u.ownedAreas where u.id = :id")
	Optional<AppUser> findWithAreasById(long id);

	/** The person, locked for update until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from AppUser u where u.id = :id")
	Optional<AppUser> findForChangeById(long id);

}
