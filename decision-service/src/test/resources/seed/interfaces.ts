// The seed's TypeScript interfaces (the contract with the frontend), copied verbatim from the design document.
// SeedContractTest parses them and compares every field with the OpenAPI document the service generates.

interface ConfidenceScoreRequest {
  destinationId: string;
  userId: string;
  travelDates: {
    startDate: string; // ISO 8601
    endDate: string;
  };
  userProfile?: TravelerProfile;
}

interface ConfidenceScoreResponse {
  destinationId: string;
  score: number; // 0-100
  badge: 'Low' | 'Moderate' | 'High' | 'Excellent';
  breakdown: FactorBreakdown[];
  explanation: string;
  calculatedAt: string; // ISO 8601
  ttl: number; // seconds
}

interface FactorBreakdown {
  factorName: string;
  score: number; // 0-100
  weight: number; // 0-1
  contribution: number; // weighted score
  explanation: string;
}

interface ContextAdjustmentRequest {
  destinationId: string;
  baseScore: number;
  travelDates: {
    startDate: string;
    endDate: string;
  };
  userLocation?: {
    latitude: number;
    longitude: number;
  };
}

interface ContextAdjustmentResponse {
  adjustedScore: number;
  adjustments: ContextAdjustment[];
  alerts: Alert[];
}

interface ContextAdjustment {
  factor: string;
  originalValue: number;
  adjustedValue: number;
  reason: string;
}

interface Alert {
  type: 'geopolitical' | 'weather' | 'health' | 'safety';
  severity: 'low' | 'medium' | 'high' | 'critical';
  message: string;
  source: string;
  issuedAt: string;
}

interface ImplicitSignal {
  userId: string;
  eventType: 'click' | 'view' | 'hover' | 'bookmark';
  destinationId: string;
  duration?: number; // milliseconds
  timestamp: string;
}

interface ExplicitFeedback {
  userId: string;
  tripId: string;
  destinationId: string;
  ratings: {
    overall: number; // 1-5
    safety: number;
    value: number;
    accessibility: number;
    experience: number;
  };
  comments?: string;
  timestamp: string;
}

interface PreferenceWeights {
  userId: string;
  weights: {
    safetyIndex: number;
    weatherStability: number;
    transportAccessibility: number;
    languageCompatibility: number;
    healthEmergency: number;
    budgetMatch: number;
    crowdDensity: number;
  };
  confidence: number; // 0-1, based on data volume
  lastUpdated: string;
}

interface AssistantRequest {
  userId: string;
  tripId: string;
  query: string;
  context: {
    currentLocation?: {
      latitude: number;
      longitude: number;
    };
    currentDestination: string;
    language: string;
  };
  conversationId?: string;
}

interface AssistantResponse {
  response: string;
  actions?: AssistantAction[];
  conversationId: string;
  responseTime: number; // milliseconds
}

interface AssistantAction {
  type: 'emergency' | 'translation' | 'navigation' | 'weather' | 'safety';
  data: any;
  displayText: string;
}

interface TripModeStatus {
  userId: string;
  tripId: string;
  isActive: boolean;
  startedAt?: string;
  currentDestination?: string;
}

interface VRContentRequest {
  destinationId: string;
  preferredFormat: 'vr360' | 'panorama' | 'video';
}

interface VRContentResponse {
  destinationId: string;
  available: boolean;
  contentType: 'vr360' | 'panorama' | 'video' | 'none';
  embedUrl?: string;
  embedType: 'iframe' | 'webxr' | 'video';
  thumbnailUrl?: string;
  metadata: {
    resolution: string;
    duration?: number;
    provider: string;
  };
}

interface TravelerProfile {
  userId: string;
  persona: {
    budgetTier: 'budget' | 'mid-range' | 'luxury';
    travelStyle: 'solo' | 'couple' | 'family' | 'group';
    experienceLevel: 'novice' | 'intermediate' | 'experienced';
  };
  preferences: {
    prioritySafety: boolean;
    preferredClimate: 'tropical' | 'temperate' | 'cold' | 'any';
    languagePreferences: string[]; // ISO 639-1 codes
    mobilityRequirements: 'none' | 'moderate' | 'high';
    budgetRange: {
      min: number;
      max: number;
      currency: string;
    };
  };
  travelHistory: {
    tripCount: number;
    visitedDestinations: string[];
    averageRating: number;
  };
  preferenceWeights?: PreferenceWeights;
  createdAt: string;
  updatedAt: string;
}

interface ErrorResponse {
  error: {
    code: string; // e.g., "CALCULATION_TIMEOUT", "EXTERNAL_API_FAILURE"
    message: string; // User-friendly message
    details?: any; // Technical details for debugging
    fallbackUsed: boolean;
    retryable: boolean;
  };
  fallbackData?: any; // Partial data if available
}
