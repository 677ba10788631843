package travel.confidence.service.assistant;

/** The initial great-circle bearing from one point to another: 0° north, 90° east. */
final class Bearings {

    private Bearings() {
    }

    static double degrees(double fromLat, double fromLon, double toLat, double toLon) {
        double phi1 = Math.toRadians(fromLat);
        double phi2 = Math.toRadians(toLat);
        double dLon = Math.toRadians(toLon - fromLon);
        double y = Math.sin(dLon) * Math.cos(phi2);
        double x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLon);
        return (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    }
}
