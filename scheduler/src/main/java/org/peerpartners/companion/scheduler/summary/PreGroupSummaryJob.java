package org.peerpartners.companion.scheduler.summary;

import java.util.List;

import org.peerpartners.companion.summary.SummaryDelivery;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Every minute: builds the pre-group summaries that are due and queues each coach's
 * message. One run at a time across the cluster ({@link DisallowConcurrentExecution} with
 * the clustered store); a run that fires twice is harmless because a meeting with a stored
 * summary is no longer due and the message's dedup key is per meeting.
 */
@DisallowConcurrentExecution
public class PreGroupSummaryJob implements Job {

    /** Meetings per batch; a run keeps going while batches come back full. */
    static final int BATCH = 100;

    private final SummaryDelivery delivery;

    public PreGroupSummaryJob(SummaryDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(JobExecutionContext context) {
        run();
    }

    /** Returns how many summaries this run built. */
    int run() {
        int built = 0;
        List<SummaryDelivery.Outcome> batch;
        do {
            batch = delivery.deliverDue(BATCH);
            built += batch.size();
        } while (batch.size() == BATCH);
        return built;
    }
}
