package travel.confidence.data.opendata;

/**
 * The World Development Indicators the catalogue uses, read from files in the World Bank's own download
 * layout ({@code API_<code>.csv}), and how recent a value must be to count.
 */
enum WorldBankIndicator {
    PHYSICIANS("SH.MED.PHYS.ZS", 2005),
    HOSPITAL_BEDS("SH.MED.BEDS.ZS", 2005),
    LIFE_EXPECTANCY("SP.DYN.LE00.IN", 2015),
    PRICE_LEVEL("PA.NUS.PPPC.RF", 2015),
    ARRIVALS("ST.INT.ARVL", 2019),
    POPULATION("SP.POP.TOTL", 2015);

    private final String code;
    private final int oldestYear;

    WorldBankIndicator(String code, int oldestYear) {
        this.code = code;
        this.oldestYear = oldestYear;
    }

    String code() {
        return code;
    }

    /** Values older than this year are too old to describe the country today and are ignored. */
    int oldestYear() {
        return oldestYear;
    }

    String file() {
        return "worldbank/API_" + code + ".csv";
    }

    String source() {
        return "World Bank WDI " + code;
    }
}
