package uk.police.mopi.board;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Board packs. */
interface BoardPackRepository extends JpaRepository<BoardPack, Long> {

	List<BoardPack> findByMeetingIdOrderByIdAsc(long meetingId);

	List<BoardPack> findAllByOrderByAsAtDescIdDesc();

}
