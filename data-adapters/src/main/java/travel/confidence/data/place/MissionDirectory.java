package travel.confidence.data.place;

import java.util.List;

/** Diplomatic missions with their coordinates, by host country. */
public interface MissionDirectory {

    /** The missions a country hosts; empty when the data lists none. */
    List<DiplomaticMission> inCountry(String hostIso2);

    /** Where the data comes from, for citing it. */
    String source();
}
