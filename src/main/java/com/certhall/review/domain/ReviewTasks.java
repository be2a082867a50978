package com.certhall.review.domain;

import com.certhall.review.ReviewStatus;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All review rounds. */
interface ReviewTasks extends JpaRepository<ReviewTask, UUID> {

    @Query("select t from ReviewTask t where t.applicationId = ?1 order by t.round")
    List<ReviewTask> findByOrder(UUID applicationId);

    @Query("select t from ReviewTask t where t.status = ?1 order by t.openedAt")
    List<ReviewTask> findByStatus(ReviewStatus status);
}
