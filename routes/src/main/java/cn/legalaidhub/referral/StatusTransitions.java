package cn.legalaidhub.referral;

import cn.legalaidhub.contract.ReferralStatus;
import static cn.legalaidhub.contract.ReferralStatus.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which party may report which event in which state, and where it leads. The receiver runs the
 * case; the referrer may only cancel before acceptance.
 */
final class StatusTransitions {

    enum Party { SENDER, RECEIVER }

    record Move(String event, Party party, ReferralStatus to) {
    }

    private static final Map<ReferralStatus, List<Move>> MOVES = new EnumMap<>(ReferralStatus.class);

    static {
        for (ReferralStatus waiting : List.of(SUBMITTED, DELIVERED, OPENED)) {
            MOVES.put(waiting, List.of(
                    new Move("ACCEPTED", Party.RECEIVER, ACCEPTED),
                    new Move("DECLINED", Party.RECEIVER, DECLINED),
                    new Move("CANCELLED", Party.SENDER, CANCELLED)));
        }
        MOVES.put(UNROUTABLE, List.of(new Move("CANCELLED", Party.SENDER, CANCELLED)));
        MOVES.put(ACCEPTED, List.of(
                new Move("ASSIGNED", Party.RECEIVER, ASSIGNED),
                new Move("PROGRESS", Party.RECEIVER, ACCEPTED)));
        MOVES.put(ASSIGNED, List.of(
                new Move("ASSIGNED", Party.RECEIVER, ASSIGNED),
                new Move("PROGRESS", Party.RECEIVER, IN_PROGRESS),
                new Move("CLOSED", Party.RECEIVER, CLOSED)));
        MOVES.put(IN_PROGRESS, List.of(
                new Move("PROGRESS", Party.RECEIVER, IN_PROGRESS),
                new Move("CLOSED", Party.RECEIVER, CLOSED)));
    }

    private StatusTransitions() {
    }

    static Optional<ReferralStatus> next(ReferralStatus from, Party party, String event) {
        return MOVES.getOrDefault(from, List.of()).stream()
                .filter(m -> m.party() == party && m.event().equals(event))
                .map(Move::to)
                .findFirst();
    }

    static List<String> allowed(ReferralStatus from, Party party) {
        return MOVES.getOrDefault(from, List.of()).stream().filter(m -> m.party() == party).map(Move::event).toList();
    }
}
