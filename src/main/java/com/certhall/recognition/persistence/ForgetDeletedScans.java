package com.certhall.recognition.persistence;

import com.certhall.documents.DocumentDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted scan's reading goes with it, in the same transaction: nothing read from it outlives the scan. */
@Component
class ForgetDeletedScans {

    private final StoredReadings readings;

    ForgetDeletedScans(StoredReadings readings) {
        this.readings = readings;
    }

    @EventListener
    void on(DocumentDeleted event) {
        readings.forget(event.documentId());
    }
}
