package cn.legalaidhub.campaigns;

import cn.legalaidhub.clocks.AfterSweep;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Starts each running campaign's day after a clock sweep, under the sweep's lease (and once per day: campaign_day). */
@Component
class CampaignDays implements AfterSweep {

    private final Campaigns campaigns;

    CampaignDays(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void run(Instant now) {
        campaigns.startDays(now);
    }
}
