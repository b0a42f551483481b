package uk.police.mopi.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Board meetings. */
interface BoardMeetingRepository extends JpaRepository<BoardMeeting, Long> {

	List<BoardMeeting> findAllByOrderByMeetingDateDescIdDesc();

	Optional<BoardMeeting> findFirstByMeetingDateOrderByIdAsc(LocalDate meetingDate);

	boolean existsByMeetingDate(LocalDate meetingDate);

}
