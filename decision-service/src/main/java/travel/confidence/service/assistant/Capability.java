package travel.confidence.service.assistant;

/** One thing the assistant can do (seed Property 13): answers the questions of one intent. */
interface Capability {

    Intent intent();

    Answer answer(Question question);
}
