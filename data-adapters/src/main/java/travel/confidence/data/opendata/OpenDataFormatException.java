package travel.confidence.data.opendata;

/** A bundled or dropped-in data file is not in the layout the loader needs; names the file and what is wrong. */
public final class OpenDataFormatException extends RuntimeException {

    private final String file;

    public OpenDataFormatException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
