package com.certhall.applications.persistence;

import com.certhall.applications.ApplicationStatus;
import com.certhall.applications.domain.Application;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All orders. */
public interface Applications extends JpaRepository<Application, UUID> {

    @Query("select a from Application a where a.accountId = ?1 order by a.createdAt desc")
    List<Application> findByAccount(UUID accountId);

    @Query("select a from Application a where a.channel = ?1 and a.subjectKey = ?2 and a.status not in ?3")
    List<Application> findForSubject(String channel, String subjectKey, Collection<ApplicationStatus> finished);

    @Query("select a from Application a where a.authorizationTokenHash = ?1")
    Optional<Application> findByAuthorizationToken(String tokenHash);

    @Query("select a from Application a where a.paperReceivedAt is null and (a.status = ?1 "
            + "or (a.paperMailedAt is not null and a.status not in ?2)) order by a.updatedAt")
    List<Application> findPaperAwaited(ApplicationStatus awaiting, Collection<ApplicationStatus> finished);

    @Query("select a from Application a where a.subjectKey = ?1 order by a.createdAt desc")
    List<Application> findBySubjectKey(String subjectKey);

    @Query("select a from Application a where a.number = ?1")
    Optional<Application> findByNumber(String number);
}
