-- Joining a collective case asks whether the applicant is already a member, and a case view lists its
-- members: both by collective_id, which was unindexed, so every join scanned the referral table.
create index ix_referral_collective on referral (collective_id, applicant_key);
