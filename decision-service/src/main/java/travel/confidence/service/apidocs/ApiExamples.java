package travel.confidence.service.apidocs;

/**
 * Example request and error bodies for the API documentation, one constant per body so controllers can name
 * them in {@code @ExampleObject}. {@code DocumentedExamplesTest} sends every request example to the service and
 * expects none to be refused as bad input, so an example cannot drift from what the service accepts.
 */
public final class ApiExamples {

    public static final String CALCULATE_ANONYMOUS = """
            {"destinationId": "JP", "userId": "user-42",
             "travelDates": {"startDate": "2027-03-10", "endDate": "2027-03-20"}}""";

    public static final String CALCULATE_WITH_PROFILE = """
            {"destinationId": "PT", "userId": "user-42",
             "travelDates": {"startDate": "2027-07-01", "endDate": "2027-07-14"},
             "userProfile": {"userId": "user-42",
               "persona": {"budgetTier": "budget", "travelStyle": "family", "experienceLevel": "novice"},
               "preferences": {"prioritySafety": true, "preferredClimate": "tropical", "languagePreferences": ["en", "pt"],
                 "mobilityRequirements": "none", "budgetRange": {"min": 1500, "max": 4000, "currency": "EUR"}},
               "travelHistory": {"tripCount": 2, "visitedDestinations": ["ES", "FR"], "averageRating": 4.5}},
             "userLocation": {"latitude": 38.72, "longitude": -9.14}}""";

    public static final String ADJUST_CONTEXT = """
            {"destinationId": "JP", "baseScore": 72.5,
             "travelDates": {"startDate": "2027-03-10", "endDate": "2027-03-20"},
             "userLocation": {"latitude": 35.68, "longitude": 139.76}}""";

    public static final String PREVIEW = """
            {"factors": {"safetyIndex": 90, "weatherStability": 70, "transportAccessibility": 80,
               "languageCompatibility": 60, "healthEmergency": 85, "budgetMatch": 55, "crowdDensity": 75,
               "preferenceAlignment": 50},
             "persona": {"budgetTier": "mid-range", "travelStyle": "couple", "experienceLevel": "intermediate"}}""";

    public static final String RECOMMENDATIONS = """
            {"userId": "user-42", "travelDates": {"startDate": "2027-07-01", "endDate": "2027-07-14"},
             "userProfile": {"persona": {"budgetTier": "budget", "travelStyle": "family", "experienceLevel": "novice"},
               "preferences": {"prioritySafety": true, "preferredClimate": "tropical", "languagePreferences": ["en"],
                 "mobilityRequirements": "none"}},
             "filters": {"region": "Europe", "budgetTier": "budget"}, "limit": 10}""";

    public static final String BEST_MONTHS = """
            {"destinationId": "IS", "userId": "user-42", "tripLengthDays": 7,
             "userProfile": {"persona": {"travelStyle": "couple"}, "preferences": {"prioritySafety": false,
               "preferredClimate": "temperate"}}}""";

    public static final String IMPLICIT_SIGNAL = """
            {"userId": "user-42", "eventType": "view", "destinationId": "JP", "duration": 45000,
             "timestamp": "2026-11-27T10:15:30Z"}""";

    public static final String EXPLICIT_FEEDBACK = """
            {"userId": "user-42", "tripId": "trip-2026-jp", "destinationId": "JP",
             "ratings": {"overall": 5, "safety": 5, "value": 3, "accessibility": 4, "experience": 5},
             "comments": "Trains everywhere, on time; pricier than we hoped.", "timestamp": "2026-11-27T10:15:30Z"}""";

    public static final String PROFILE = """
            {"userId": "user-42",
             "persona": {"budgetTier": "mid-range", "travelStyle": "couple", "experienceLevel": "intermediate"},
             "preferences": {"prioritySafety": false, "preferredClimate": "temperate", "languagePreferences": ["en", "es"],
               "mobilityRequirements": "none", "budgetRange": {"min": 2000, "max": 6000, "currency": "USD"}},
             "travelHistory": {"tripCount": 6, "visitedDestinations": ["MX", "ES", "IT"], "averageRating": 4.2}}""";

    public static final String TRIP_MODE_ON = """
            {"userId": "user-42", "tripId": "trip-2027-es", "isActive": true, "startedAt": "2027-04-20T06:00:00Z",
             "currentDestination": "ES"}""";

    public static final String ASSISTANT_QUERY = """
            {"userId": "user-42", "tripId": "trip-2027-es", "query": "What is the emergency number here?",
             "context": {"currentLocation": {"latitude": 40.42, "longitude": -3.70}, "currentDestination": "ES",
               "language": "en"}}""";

    public static final String LOGIN = """
            {"username": "admin", "password": "the password of the first admin"}""";

    public static final String ALERT = """
            {"destinationId": "JP", "type": "weather", "severity": "high",
             "message": "Typhoon expected to make landfall near Osaka", "source": "Japan Meteorological Agency",
             "expiresAt": "2027-03-15T00:00:00Z",
             "area": {"latitude": 34.69, "longitude": 135.50, "radiusKm": 150}}""";

    public static final String QUARANTINE_APPROVE = """
            {"reason": "The traveller's clock was set a day ahead; the view is real"}""";

    public static final String QUARANTINE_REJECT = """
            {"reason": "A script replaying the same click"}""";

    public static final String NEW_DRAFT = """
            {"from": 1, "label": "Safer weights for families"}""";

    public static final String DRL = """
            package travel.confidence.rules.decision

            import travel.confidence.rules.model.*

            rule "Weigh health up for families"
            when
                $d : DecisionSheet( traveller.travelStyle == "family" )
            then
                $d.weigh("healthEmergency", 120, "Children make help at hand matter more", drools.getRule().getName());
            end
            """;

    public static final String EXAMPLES_CSV = """
            example,score,expectedBadge
            Zero,0,Low
            Exactly 40,40,Low
            Just over 40,40.1,Moderate
            """;

    public static final String TABLE = """
            {"preamble": [["RuleSet", "travel.confidence.rules.decision"], ["Import", "travel.confidence.rules.model.*"],
               ["Notes", "Badges on the final score (one decimal)"], [""], ["RuleTable Badge"]],
             "columns": [
               {"kind": "NAME", "objectType": "", "code": "", "label": "Rule"},
               {"kind": "CONDITION", "objectType": "$s:Score...", "code": "value > $param", "label": "Above"},
               {"kind": "CONDITION", "objectType": "$s:Score...", "code": "value <= $param", "label": "Up to and including"},
               {"kind": "ACTION", "objectType": "", "code": "$s.assign(\\"$param\\", drools.getRule().getName());", "label": "Badge"},
               {"kind": "ACTION", "objectType": "", "code": "$s.because(\\"$param\\");", "label": "Reason"}],
             "rows": [
               ["Badge: low confidence", "-1", "40", "Low", "Several things could go wrong on this trip"],
               ["Badge: moderate confidence", "40", "65", "Moderate", "A reasonable choice with some things to plan around"],
               ["Badge: high confidence", "65", "85", "High", "A trip you can book with confidence"],
               ["Badge: excellent confidence", "85", "100", "Excellent", "Everything we know points to a smooth trip"]]}""";

    public static final String WEIGHTS = """
            {"weights": {"safetyIndex": 0.25, "weatherStability": 0.10, "transportAccessibility": 0.15,
               "languageCompatibility": 0.10, "healthEmergency": 0.15, "budgetMatch": 0.10, "crowdDensity": 0.05,
               "preferenceAlignment": 0.10}}""";

    public static final String IMPACT = """
            {"personas": ["anonymous", "novice-family-on-a-budget", "safety-first-solo"], "months": [1, 7],
             "tripDays": 7, "replay": 200, "movers": 20}""";

    public static final String NEW_EXPERIMENT = """
            {"name": "Safer weights for families", "description": "Does a higher safety weight cut complaints?",
             "variants": [{"name": "control", "versionId": 1, "share": 0.9, "control": true},
               {"name": "candidate", "versionId": 2, "share": 0.1, "control": false}],
             "guardrails": {"maxErrorRate": 0.05, "maxLowBadgeShare": 0.5, "maxComplaintRate": 0.25,
               "minDecisions": 200, "minFeedback": 20}}""";

    public static final String SHARES = """
            {"shares": {"control": 0.8, "candidate": 0.2}}""";

    public static final String NEW_ACCOUNT = """
            {"username": "maria", "password": "correct horse battery staple", "role": "editor"}""";

    public static final String ACCOUNT_UPDATE = """
            {"role": "admin", "disabled": false}""";

    public static final String PASSWORD_CHANGE = """
            {"currentPassword": "correct horse battery staple", "newPassword": "a longer passphrase for 2027"}""";

    public static final String VR_ENTRY = """
            {"destinationId": "PT", "contentType": "video", "embedUrl": "https://www.youtube-nocookie.com/embed/abc123XYZ_0",
             "embedType": "iframe", "thumbnailUrl": "https://i.ytimg.com/vi/abc123XYZ_0/hqdefault.jpg",
             "resolution": "3840x2160", "duration": 240, "provider": "YouTube", "licence": "YouTube standard licence"}""";

    static final String ERROR_400 = """
            {"error": {"code": "VALIDATION_FAILED", "message": "travelDates.endDate: must not be before startDate",
              "details": {"field": "travelDates.endDate"}, "fallbackUsed": false, "retryable": false}}""";

    static final String ERROR_401 = """
            {"error": {"code": "UNAUTHORIZED", "message": "Sign in first: admin requests need a bearer token from /api/admin/login",
              "fallbackUsed": false, "retryable": false}}""";

    static final String ERROR_403 = """
            {"error": {"code": "FORBIDDEN", "message": "This needs the admin role; you act as editor",
              "details": {"requiredRole": "admin"}, "fallbackUsed": false, "retryable": false}}""";

    static final String ERROR_404 = """
            {"error": {"code": "DESTINATION_NOT_FOUND", "message": "No destination with id 'XX'",
              "details": {"field": "destinationId"}, "fallbackUsed": false, "retryable": false}}""";

    static final String ERROR_503 = """
            {"error": {"code": "STORE_UNAVAILABLE", "message": "The record cannot be stored just now; please try again shortly",
              "fallbackUsed": false, "retryable": true}}""";

    private ApiExamples() {
    }
}
