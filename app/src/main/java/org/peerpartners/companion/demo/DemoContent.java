package org.peerpartners.companion.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * What the demo program is made of: people, goals, plans and places. Written to read like
 * a real Peer Partners site (first names only, goals in the participants' own words, free
 * or cheap activities) so that a coach trying the app recognises their work.
 */
final class DemoContent {

    private DemoContent() {
    }

    /** A participant as enrolled: chosen first name, language, allowance, goals, this week's plan. */
    record Person(String firstName, String language, int allowance, String primaryGoal, String secondaryGoal,
            List<Idea> plan) {
    }

    /**
     * One plan item. {@code day} null means "some time this week"; {@code activity} names an
     * entry of the catalogue, or is null.
     */
    record Idea(String text, DayOfWeek day, LocalTime time, BigDecimal cost, String activity) {
    }

    record Activity(String name, String description, BigDecimal cost, String place, String schedule,
            String interests) {
    }

    record Group(String name, String coachEmail, boolean homeZone, String zone, boolean weekly,
            DayOfWeek meetingDay, LocalTime meetingTime, String place, List<String> skillTopics,
            List<Person> people, List<String> notes, List<String> journal) {
    }

    static Idea idea(String text, DayOfWeek day, String time, String cost, String activity) {
        return new Idea(text, day, time == null ? null : LocalTime.parse(time),
                cost == null ? null : new BigDecimal(cost), activity);
    }

    static final List<Activity> ACTIVITIES = List.of(
            new Activity("Free art class", "Drawing and painting for adults. Supplies are free.",
                    money("0"), "Riverside Library, Room B", "Wednesdays 2–4 pm", "art"),
            new Activity("Walking club", "An easy one-hour walk by the river. Every pace is welcome.",
                    money("0"), "Riverside Park, main gate", "Saturdays 9 am", "outdoors,exercise"),
            new Activity("Bowling night", "Two games and shoes at the weeknight price.",
                    money("8.50"), "Lucky Lanes, 12 Mill Street", "Tuesdays and Thursdays after 6 pm", "games,sports"),
            new Activity("Library book club", "Read a short book together. Copies to borrow at the desk.",
                    money("0"), "Riverside Library", "1st and 3rd Thursday, 6 pm", "reading"),
            new Activity("Open mic night", "Listen or play. Buying a drink is the only cost.",
                    money("4.00"), "Java Corner café", "Fridays 7 pm", "music"),
            new Activity("Museum free day", "Free entry for everyone.",
                    money("0"), "City Art Museum", "First Friday of the month", "art"),
            new Activity("Community garden", "Help with planting and watering. Gloves provided.",
                    money("0"), "Elm Street Community Garden", "Saturdays 10 am–noon", "outdoors,volunteering"),
            new Activity("Food pantry volunteers", "Pack and hand out groceries with a friendly crew.",
                    money("0"), "Riverside Food Pantry", "Fridays 10 am–1 pm", "volunteering"),
            new Activity("Chess club", "All levels. Boards provided. / Todos los niveles.",
                    money("0"), "Riverside Library, 2nd floor", "Wednesdays 3 pm", "games"),
            new Activity("Movie matinee", "Early shows at the lower price.",
                    money("7.00"), "Main Street Cinema", "Sundays before 2 pm", "movies"),
            new Activity("Clase de baile", "Baile para principiantes, en español.",
                    money("3.00"), "Centro Comunitario La Villita", "Martes 5 pm", "music,exercise"),
            new Activity("Noche de lotería", "Lotería y café en el salón de la parroquia.",
                    money("0"), "Parroquia San Miguel, salón", "Viernes 6:30 pm", "games"),
            new Activity("Yoga gratis en el parque", "Yoga suave al aire libre. Traiga una toalla.",
                    money("0"), "Parque Douglas", "Sábados 8:30 am", "exercise,outdoors"),
            new Activity("Free pottery class", "Clay and tools provided. / Barro y herramientas gratis.",
                    money("0"), "Centro Comunitario La Villita", "Thursdays 10 am", "art"));

    private static final DayOfWeek MON = DayOfWeek.MONDAY;
    private static final DayOfWeek TUE = DayOfWeek.TUESDAY;
    private static final DayOfWeek WED = DayOfWeek.WEDNESDAY;
    private static final DayOfWeek THU = DayOfWeek.THURSDAY;
    private static final DayOfWeek FRI = DayOfWeek.FRIDAY;
    private static final DayOfWeek SAT = DayOfWeek.SATURDAY;
    private static final DayOfWeek SUN = DayOfWeek.SUNDAY;

    static final Group RIVERSIDE = new Group("Riverside Tuesday Group", DemoLogins.CARMEN.email(), true, null,
            true, TUE, LocalTime.of(18, 0), "Riverside Library, Community Room B",
            List.of("Starting a conversation", "Inviting someone to an activity", "Saying no kindly",
                    "Getting through a hard day", "Reading the bus map", "Keeping in touch"),
            List.of(
                    new Person("Ana", "en", 50, "I want a friend, or even one friend", "Go to a free art class", List.of(
                            idea("Free art class at the library", WED, "14:00", "0", "Free art class"),
                            idea("Call Ben after group", null, null, null, null),
                            idea("Coffee with Ben at Java Corner", SAT, "10:30", "6.00", null))),
                    new Person("Ben", "en", 45, "Get out of the house twice a week", "Go bowling with someone from group", List.of(
                            idea("Walk with the walking club", SAT, "09:00", "0", "Walking club"),
                            idea("Bowling night with Marcus", THU, "19:00", "8.50", "Bowling night"))),
                    new Person("Dee", "en", 40, "Reconnect with my sister", "Join the library book club", List.of(
                            idea("Text my sister", SUN, null, null, null),
                            idea("Go to book club", THU, "18:00", "0", "Library book club"),
                            idea("Buy the book club book used", null, null, "4.00", null))),
                    new Person("Marcus", "en", 60, "I want a friend, or even one friend", "Watch a game with people, not alone", List.of(
                            idea("Bowling night with Ben", THU, "19:00", "8.50", "Bowling night"),
                            idea("Watch the game at the community center", SUN, "13:00", "0", null))),
                    new Person("Priya", "en", 35, "Go to a free art class", "Say hello to one new person each week", List.of(
                            idea("Free art class at the library", WED, "14:00", "0", "Free art class"),
                            idea("Say hi to one person at the class", WED, null, null, null))),
                    new Person("Tom", "en", 50, "Volunteer at the food pantry", "Take the bus on my own", List.of(
                            idea("Ride the 12 bus to the pantry", FRI, "09:30", "2.50", null),
                            idea("Volunteer shift at the food pantry", FRI, "10:00", "0", "Food pantry volunteers"))),
                    new Person("Jolene", "en", 45, "Go to church coffee hour and talk to one person", "Cook one meal to share", List.of(
                            idea("Coffee hour after the service", SUN, "11:30", "0", null),
                            idea("Cook chili and bring some to group", null, null, "12.00", null))),
                    new Person("Rae", "en", 40, "Find people who like music", "Go to open mic night", List.of(
                            idea("Open mic night at Java Corner", FRI, "19:00", "4.00", "Open mic night"),
                            idea("Ask Jolene to come along", null, null, null, null))),
                    new Person("Kevin", "en", 55, "I want a friend, or even one friend", "Go to the museum free day", List.of(
                            idea("Museum free day with Sunny", FRI, "11:00", "0", "Museum free day"),
                            idea("Lunch after the museum", FRI, "13:00", "9.00", null))),
                    new Person("Sunny", "en", 40, "Get out of the house twice a week", "Join the community garden", List.of(
                            idea("Walk to the park with Luz", TUE, "10:00", "0", null),
                            idea("Community garden hours", SAT, "10:00", "0", "Community garden"),
                            idea("Museum free day with Kevin", FRI, "11:00", "0", "Museum free day"))),
                    new Person("Luz", "es", 45, "Quiero un amigo, o aunque sea un amigo", "Ir a una clase de arte gratis", List.of(
                            idea("Clase de arte gratis en la biblioteca", WED, "14:00", "0", "Free art class"),
                            idea("Caminar al parque con Sunny", TUE, "10:00", "0", null)))),
            List.of("It felt good to get out.", "I was nervous but I stayed the whole time.",
                    "My buddy came too!", "Too tired today. Maybe next week.", "The bus was late but I made it."),
            List.of("Today I said hi to a neighbor. Small, but it counted.",
                    "Art class was calm. I want to go back.",
                    "Hard week. Group helps me remember I am not alone.",
                    "We got coffee and laughed about the rain."));

    static final Group ESPERANZA = new Group("Grupo Esperanza", DemoLogins.LUIS.email(), false, "America/Chicago",
            false, THU, LocalTime.of(14, 0), "Centro Comunitario La Villita, Sala 2",
            List.of("Cómo empezar una conversación", "Invitar a alguien a una actividad", "Decir que no con cariño",
                    "Qué hacer en un día difícil"),
            List.of(
                    new Person("Rosa", "es", 50, "Quiero un amigo, o aunque sea un amigo", "Ir a la clase de baile del centro", List.of(
                            idea("Clase de baile en el centro comunitario", TUE, "17:00", "3.00", "Clase de baile"),
                            idea("Mercado de los sábados con Yesenia", SAT, "10:00", "8.00", null))),
                    new Person("Miguel", "es", 45, "Salir de la casa dos veces por semana", "Jugar ajedrez en la biblioteca", List.of(
                            idea("Club de ajedrez en la biblioteca", WED, "15:00", "0", "Chess club"),
                            idea("Ver una película con Jamal", SUN, "13:00", "7.00", "Movie matinee"))),
                    new Person("Lupita", "es", 40, "Volver a hablar con mi hermana", "Ir a misa y al café después", List.of(
                            idea("Llamar a mi hermana", SUN, null, null, null),
                            idea("Café después de misa", SUN, "11:00", "0", null))),
                    new Person("Héctor", "es", 60, "Aprender a usar el autobús solo", "Ir al grupo de caminata del parque", List.of(
                            idea("Ir en autobús al centro comunitario", TUE, "16:00", "2.50", null),
                            idea("Caminata del parque", SAT, "09:00", "0", "Walking club"))),
                    new Person("Marisol", "es", 35, "Ir a una clase de arte gratis", "Hacer una amiga en la clase", List.of(
                            idea("Clase de cerámica gratis", THU, "10:00", "0", "Free pottery class"),
                            idea("Preguntarle su nombre a alguien de la clase", THU, null, null, null))),
                    new Person("Chuy", "es", 55, "Quiero un amigo, o aunque sea un amigo", "Ver el partido con otras personas", List.of(
                            idea("Ver el partido en el centro comunitario", SUN, "14:00", "0", null),
                            idea("Comprar tamales para compartir", SUN, null, "10.00", null))),
                    new Person("Yesenia", "es", 45, "Cocinar con alguien del grupo", "Ir al mercado los sábados", List.of(
                            idea("Mercado de los sábados con Rosa", SAT, "10:00", "8.00", null),
                            idea("Cocinar arroz con Marisol", null, null, "6.00", null),
                            idea("Yoga gratis en el parque", SAT, "08:30", "0", "Yoga gratis en el parque"))),
                    new Person("Ramón", "es", 50, "Ir a la noche de lotería de la parroquia", "Saludar a un vecino cada semana", List.of(
                            idea("Noche de lotería en la parroquia", FRI, "18:30", "0", "Noche de lotería"),
                            idea("Saludar al vecino del 2B", null, null, null, null))),
                    new Person("Ileana", "es", 40, "Salir de la casa dos veces por semana", "Ir a yoga gratis en el parque", List.of(
                            idea("Yoga gratis en el parque", SAT, "08:30", "0", "Yoga gratis en el parque"),
                            idea("Ir a la biblioteca", MON, "13:00", "0", null))),
                    new Person("Jamal", "en", 45, "I want a friend, or even one friend", "Play chess with someone", List.of(
                            idea("Chess club at the library", WED, "15:00", "0", "Chess club"),
                            idea("Movie matinee with Miguel", SUN, "13:00", "7.00", "Movie matinee"))),
                    new Person("Frankie", "en", 50, "Go to a free art class", "Join the walking club", List.of(
                            idea("Walking club", SAT, "09:00", "0", "Walking club"),
                            idea("Free pottery class", THU, "10:00", "0", "Free pottery class")))),
            List.of("Me sentí bien al salir.", "Estaba nerviosa, pero me quedé.", "Conocí a alguien nuevo.",
                    "Hoy no pude. La próxima semana.", "Fui con mi compañera del grupo."),
            List.of("Hoy fui a la clase de baile. Me dio miedo, pero me gustó.",
                    "Hablé con mi hermana por teléfono. Fue bonito.",
                    "Semana difícil. El grupo me ayuda.",
                    "Jugué ajedrez y gané una vez."));

    static final List<Group> GROUPS = List.of(RIVERSIDE, ESPERANZA);

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
