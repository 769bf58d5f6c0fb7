<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of these, settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by the person from their own self-help journal. Times are as they logged them; an activation lasts from when it started until it settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long activations lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activation settled in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settled activations; the median lasted %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 (%2 episodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong activations felt (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intensity was rated in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rated activations; the median peak was %2 out of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set activations off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger category was given in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most frequent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activations had no category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between the urge and the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No urge outcome was recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at once %1 · after a pause %2 · not acted on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the urge (to message, check or reach out) was acted on, each month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices that help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few practices with a before and after rating to say yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typically %1 points calmer (%2 uses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity before and after each practice, as rated at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 twenty-minute pauses seen through in this period; %2 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses seen through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moments of reaching out in this period: %2 met with care, %3 partly met, %4 missed and %5 that hurt. %6 of them were times I met my own need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dialogues with a younger part in this period, with %2 named parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on %1: not really, sometimes or often. It is not a score or a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions I would like to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>Journal entries I chose to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the part feared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts dialogues I chose to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished">%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished">%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20-minute pause</source>
        <translation type="unfinished">Pausa de 20 minutos</translation>
    </message>
    <message>
        <source>Extended exhale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilateral tapping or walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orienting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When my attachment alarm goes off, it gets in the way of work, friendships or ordinary days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have flashbacks, go numb or feel far away from myself, or fall into spirals of shame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I keep ending up close to people who touch the same old hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-help eases things, yet something underneath stays out of reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing up, care was missing, harmful or hard to count on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation getting in the way of daily life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashbacks, numbness or shame spirals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners who re-open the same hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-help not reaching the deepest layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neglect, harm or inconsistency in childhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not really</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these feel true for you lately. That is good to know, and it can change: you can come back to these questions whenever you like. If you are curious about working with someone anyway, Approaches and Questions to ask are here for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You marked as often: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You marked as sometimes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are reasons many people find it helpful to work with a therapist alongside their own practice. It says nothing final about you, and what you do with it is yours to decide. Approaches and Questions to ask, beside this, may help you find someone who fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the approaches described under Approaches work with the body and with old hurt directly, which some people find gentler when memories or shame weigh heavily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healer is a self-help journal, not a crisis service. If you are in danger or cannot keep yourself safe, contact your local emergency services or a crisis line now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you work with attachment, and how does it shape the way you work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you trained in a body-based or experiential approach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How would you work with a young, frightened part of me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you do when talking alone has not helped someone before?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will we notice together whether this is helping?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 moments in this period, %3 met with care (%4%), %5 partly met, %6 missed and %7 that hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts could not be read from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14-day median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak intensity (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished">Activaciones</translation>
    </message>
    <message>
        <source>%1 → %2 · %3 uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical drop in intensity (points, before minus after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart “%1” as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved as %1 in %2 (only you can open it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished">Gráficos</translation>
    </message>
    <message>
        <source>Which episodes to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted after a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your median activation lasted %1 in %2 and %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settled episodes; the typical one lasted %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 14-day median line appears once two weeks hold three settled episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One episode has not settled yet, so it is not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 episodes have not settled yet, so they are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typical peak was %1 out of 10 in %2 and %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 episodes; the typical peak was %2 out of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of your activations came from: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 categories reach the %3 line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 brought the feeling down the most: typically %2 points (%3 uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few uses with before and after to say yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, %2 of urges were acted on at once and %3 not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of urges were acted on at once in %2, and %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have seen %1 pauses through, %2 of them in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met with care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A young part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the activation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment it began: what you saw, heard, or kept waiting for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it showed up first: a tight chest, a hot face, a knot in the stomach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story my mind told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it seemed to mean, in your mind&apos;s own words, however harsh they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you felt pulled to do right then: write, check, pull away, fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I actually did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did in the end. Waiting and doing nothing count too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How things went afterwards, and how you felt once the wave had passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now that it has eased, is there another way to read what happened? A second meaning is enough; it does not have to replace the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sets you off most often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm loud right now? Breathe first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the breathing pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the last time the alarm went off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your first entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is all for: feeling steady inside, whatever the other person does. Healer helps along three pathways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowing yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your triggers and patterns, in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soothing yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calming the body, in Regulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusting yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering the young part, in Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan: {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Healer</source>
        <translation type="unfinished">Te damos la bienvenida a Healer</translation>
    </message>
    <message>
        <source>Healer is a private place to understand and calm the alarm that goes off when someone close feels far away. Everything stays on this computer, encrypted. The steps below go in an order: the body first, then relationships, then thoughts. Begin by noticing what sets you off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your path</source>
        <translation type="unfinished">Tu camino</translation>
    </message>
    <message>
        <source>The six steps, in order, and where you are on each. Any step is a way in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice what sets you off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the activation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For about two weeks, write down each time the alarm goes off: what happened, what your body felt, what you did. A pattern shows up sooner than you think.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm the body first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Regulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow breathing, cold water, tapping, naming what you see. Try one while the alarm is up, and note how you feel before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before reaching out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the 20-minute pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the urge to send that message is strong, name it and give it twenty minutes. Then decide, from a calmer place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn toward the young part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short guided conversation with the frightened younger part of you: what it fears, and what it needs from you now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let yourself be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you say what you need from a calm place, note how you were met. Over time you see who meets you, and where you meet yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Know when to ask for more help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short self-check, kinds of therapy that work with attachment and the body, and questions to bring to a therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 20-minute pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a few more entries, what sets you off most will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have tried %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What seems to help you most: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note how you feel before and after, and you will see what helps you most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pause seen through yet; starting one is already a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lately the urge waits more often before you act on it than it did at first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap between the urge and what you do has stayed about the same; it often moves slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lately the urge has been acted on at once a little more often than at first. Harder stretches happen; every pause still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a few weeks of noting what you did with the urge, you will see the gap move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n of them met with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last self-check was on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have only just begun, and that is a real start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first few months are often the hardest. Showing up for yourself is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real change usually takes many months, often somewhere between half a year and a year and a half. Small steps add up, even on days they do not seem to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month the alarm has been lasting longer than in the calmer months before. Under stress, old patterns can come back for a while. That is part of the path, not a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Q%2: %3 of %4 met with care (%5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named in any activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved in 1 activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved in %1 activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; median length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations they were involved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share met with care per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Moments with them&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle note about this relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help and &amp;support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the help and support page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this note &amp;aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the gentle note aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page could not be read just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moments with them yet. The quick log above takes two taps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Over the last six months, %1 came up in %2 activations, and %3 of %4 times you reached out to them you were met with care.&lt;/p&gt;&lt;p&gt;Some relationships keep re-confirming the old wound, however clearly you ask. That is not a verdict on you or on them, and only you can weigh it; it may be worth looking at, with a therapist if you can.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One time you reached out from activation or vulnerability, or met your own need. Only how it went is needed; the rest helps you see it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who met you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I felt before, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I felt after, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 20-minute pause before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I &amp;shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I &amp;said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they &amp;responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt &amp;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt &amp;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs another look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form and its draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; what you wrote is kept as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what you were writing; it was kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose how they responded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look at this once more: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment could not be saved just now; what you wrote is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be removed just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the words of your moments, or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your moments of being met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moment has these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moments yet. When you reach out and say what you need, or meet your own need, log it above: over months the pattern shows who meets you, and how often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of someone to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people in your life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people you reach out to: a partner, friends, family, a therapist, a group or a mentor. Names typed in the activation log appear here too. Everything stays in your encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone here is archived: tick “Show archived”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone to see how they meet you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They could not be added just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchived — the relationship has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this person and their moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this person&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details could not be saved just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Quick log&lt;/b&gt; — you reached out, or met your own need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log it now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More detail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a moment with the full form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the quick log did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be kept just now; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: %1, %2. Add words to it from the list below if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Personas</translation>
    </message>
    <message>
        <source>Security grows from being met, again and again: you said what you needed, plainly, and someone answered with care — or you answered yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people tab could not be read just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That moment could not be read just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a demand or a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment could not be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person deleted, with their moments. Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They could not be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person restored, with their moments and entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotionally Focused Therapy (EFT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks at the loops of reaching out and pulling away between people, most often partners, and at the feelings and needs underneath them. It grew from attachment research. Sessions, alone or as a couple, tend to slow a heated moment down so the softer feelings under it can be noticed and put into words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerated Experiential Dynamic Psychotherapy (AEDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the relationship with the therapist at the centre: they are openly warm and involved, and the two of you stay with feelings as they arise in the room, including relief and good moments. A session may feel slower and more present than ordinary talk, with attention to how feelings move in the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal Family Systems (IFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees the mind as a family of parts, some protective and some younger and hurt, around a calmer core it calls the Self. A session often means turning toward one part at a time with curiosity, learning what it fears and what it needs. It is close to the dialogues in Healer&apos;s Parts tab, with a trained guide beside you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somatic Experiencing (SE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with the nervous system through the body more than through the story. A session may involve noticing sensations, small movements and the rise and fall of activation, a little at a time, so that stress held in the body can settle. There is usually less talk about what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye Movement Desensitisation and Reprocessing (EMDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A structured method for memories that still feel raw. After time spent on preparation and steadiness, the person briefly holds a memory in mind while following side-to-side eye movements, taps or sounds, and notices what comes up. It follows set phases and is often used where there is trauma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approaches that work with attachment and the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapists work in many ways. These approaches pay particular attention to attachment, to the body, or to both. Each person finds a different fit, and the relationship with the therapist matters as much as the method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long activations lasted, with the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong they felt, with the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set them off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being met (counts only, no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts met (how many)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest saved self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions for the therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for a therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in (no journal text unless you pick it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries to include, word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogues to include, word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved PDF is not encrypted: anyone who opens the file can read it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a young part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is still being prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. This PDF is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by the person from their own journal; not a clinical record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-help goes a long way, and sometimes a person to work with goes further. Here you can check in with yourself, read about approaches, gather your questions, and prepare a summary to bring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few pages to bring to a first appointment: how long activations lasted and how strong they were, what set them off, what helped, the pauses you saw through, your self-check and your questions. You choose the days and what goes in. Words from your journal go in only if you pick particular entries. Every page says it was prepared by you and is not a clinical record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Healer locked itself after some minutes without use, to keep your journal private. Unlocking brings you back to where you were.</source>
        <translation>Healer se bloqueó tras unos minutos sin uso, para mantener tu diario en privado. Al desbloquearlo vuelves a donde estabas.</translation>
    </message>
    <message>
        <source>Healer locked as the computer went to sleep, to keep your journal private. Unlocking brings you back to where you were.</source>
        <translation>Healer se bloqueó cuando el equipo entró en reposo, para mantener tu diario en privado. Al desbloquearlo vuelves a donde estabas.</translation>
    </message>
    <message>
        <source>Healer locked with your screen, to keep your journal private. Unlocking brings you back to where you were.</source>
        <translation>Healer se bloqueó junto con tu pantalla, para mantener tu diario en privado. Al desbloquearlo vuelves a donde estabas.</translation>
    </message>
</context>
<context>
    <name>AppStart</name>
    <message>
        <source>Healer is already open for this vault; its window was brought forward.</source>
        <translation>Healer ya está abierto con este diario cifrado; su ventana se ha traído al frente.</translation>
    </message>
    <message>
        <source>This vault is open in another Healer window that did not answer. Close that window first, then start Healer again.</source>
        <translation>Este diario cifrado está abierto en otra ventana de Healer que no respondió. Cierra primero esa ventana y luego vuelve a abrir Healer.</translation>
    </message>
</context>
<context>
    <name>BackupCare</name>
    <message>
        <source>Choose another name</source>
        <translation>Elige otro nombre</translation>
    </message>
    <message>
        <source>%1 is a Healer vault or backup. Healer never writes over one; choose a new name.</source>
        <translation>%1 es un diario cifrado o una copia de seguridad de Healer. Healer nunca escribe encima de uno; elige un nombre nuevo.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the backup?</source>
        <translation>%1 ya existe. ¿Quieres reemplazarlo por la copia de seguridad?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Writing the backup and checking it…</source>
        <translation>Escribiendo la copia de seguridad y comprobándola…</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Your backup is written to %1 and checked: it opens, and every page passed its checks. It opens with the same passphrase as your vault.</source>
        <translation>Tu copia de seguridad está guardada en %1 y comprobada: se abre y todas sus páginas superaron las comprobaciones. Se abre con la misma frase de acceso que tu diario.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Your journal is now the backup&apos;s. It opens with the backup&apos;s passphrase.</source>
        <translation>Tu diario es ahora el de la copia de seguridad. Se abre con la frase de acceso de la copia.</translation>
    </message>
    <message>
        <source>Your previous vault is kept as %1.</source>
        <translation>Tu diario anterior se guarda como %1.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
    <message>
        <source>Unlock your journal with your usual passphrase.</source>
        <translation>Desbloquea tu diario con tu frase de acceso de siempre.</translation>
    </message>
    <message>
        <source>The automatic backup stopped on an unexpected error (%1).</source>
        <translation>La copia de seguridad automática se detuvo por un error inesperado (%1).</translation>
    </message>
    <message>
        <source>The automatic backup was not made</source>
        <translation>No se hizo la copia de seguridad automática</translation>
    </message>
    <message>
        <source>Your journal itself is safe and unchanged.</source>
        <translation>Tu diario está a salvo y sin cambios.</translation>
    </message>
    <message>
        <source>Healer</source>
        <translation>Healer</translation>
    </message>
</context>
<context>
    <name>BackupPickers</name>
    <message>
        <source>Back up the vault</source>
        <translation>Hacer una copia de seguridad del diario</translation>
    </message>
    <message>
        <source>Healer backups (*.vault);;All files (*)</source>
        <translation>Copias de seguridad de Healer (*.vault);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Healer backups (*.vault *.vault.*);;All files (*)</source>
        <translation>Copias de seguridad de Healer (*.vault *.vault.*);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>BilateralCard</name>
    <message>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo in taps per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;empo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BilateralCue</name>
    <message>
        <source>Left and right rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de acceso</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Cambia tu frase de acceso</translation>
    </message>
    <message>
        <source>The passphrase cannot be changed: the vault is open read-only because %1.</source>
        <translation>No se puede cambiar la frase de acceso: el diario está abierto solo para lectura porque %1.</translation>
    </message>
    <message>
        <source>Your journal is re-encrypted with the new passphrase. If anything interrupts it, one of the two passphrases, old or new, still opens it.</source>
        <translation>Tu diario se vuelve a cifrar con la frase nueva. Si algo lo interrumpe, una de las dos frases, la antigua o la nueva, seguirá abriéndolo.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de acceso actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de acceso nueva</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Frase de acceso nueva otra vez</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Frase &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Cambiar la frase</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Cambiando la frase de acceso</translation>
    </message>
    <message>
        <source>Re-encrypting your journal… a large one takes a little while.</source>
        <translation>Volviendo a cifrar tu diario… si es grande, tarda un poco.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de acceso cambiada</translation>
    </message>
    <message>
        <source>From now on only the new passphrase opens your journal.</source>
        <translation>A partir de ahora, solo la frase nueva abre tu diario.</translation>
    </message>
    <message>
        <source>Backups made before now still open only with the old passphrase. Make a fresh backup now, so you have one that opens with the new passphrase.</source>
        <translation>Las copias de seguridad hechas hasta ahora solo se abren con la frase antigua. Haz ahora una copia nueva, para tener una que se abra con la frase nueva.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer una copia ahora…</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Escribe primero tu frase de acceso actual.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same yet. Please type it again.</source>
        <translation>Las dos frases nuevas todavía no coinciden. Escríbela otra vez, por favor.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose another.</source>
        <translation>La frase nueva es igual a la actual. Elige otra.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Esa no es la frase de acceso actual. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed; the current one still opens it.</source>
        <translation>No se pudo cambiar la frase de acceso; la actual sigue abriendo tu diario.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the vault</source>
        <translation>Revisar el diario cifrado</translation>
    </message>
    <message>
        <source>Healer reads every page of your vault and checks that it is whole, that its encryption is intact, and that the search indexes match your entries. Nothing is changed. A large journal takes a little while.</source>
        <translation>Healer lee cada página de tu diario cifrado y comprueba que está completa, que el cifrado está intacto y que los índices de búsqueda coinciden con tus entradas. No se cambia nada. Un diario grande tarda un poco.</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Lo que encontró la revisión</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Revisar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Your vault is healthy: every page is whole, the encryption checks passed and the search indexes match your entries.</source>
        <translation>Tu diario cifrado está en buen estado: todas las páginas están completas, el cifrado superó las comprobaciones y los índices de búsqueda coinciden con tus entradas.</translation>
    </message>
    <message>
        <source>Your vault is healthy: every page is whole and the encryption checks passed. Not checked: %1.</source>
        <translation>Tu diario cifrado está en buen estado: todas las páginas están completas y el cifrado superó las comprobaciones. Sin revisar: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The check found damage in your vault (%n problems).</source>
        <translation>
            <numerusform>La revisión encontró daños en tu diario cifrado (%n problema).</numerusform>
            <numerusform>La revisión encontró daños en tu diario cifrado (%n problemas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not finish: %1</source>
        <translation>La revisión no pudo terminar: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Add nothing new for now: Healer keeps a damaged vault read-only so nothing more is lost.&lt;/li&gt;&lt;li&gt;Restore your most recent backup: &lt;b&gt;File ▸ Restore from a backup…&lt;/b&gt;&lt;/li&gt;&lt;li&gt;No backup? Save every entry that can still be read with the command &lt;code&gt;healer-cli export --rescue -o rescued.json&lt;/code&gt; in a terminal. That file is not encrypted: keep it private.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué hacer ahora&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Por ahora no añadas nada nuevo: Healer mantiene un diario dañado solo para lectura, para que no se pierda nada más.&lt;/li&gt;&lt;li&gt;Restaura tu copia de seguridad más reciente: &lt;b&gt;Archivo ▸ Restaurar una copia de seguridad…&lt;/b&gt;&lt;/li&gt;&lt;li&gt;¿No tienes copia? Guarda todas las entradas que aún se pueden leer con la orden &lt;code&gt;healer-cli export --rescue -o rescued.json&lt;/code&gt; en una terminal. Ese archivo no está cifrado: guárdalo en un lugar privado.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Checking every page…</source>
        <translation>Revisando cada página…</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left in the pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Welcome to Healer</source>
        <translation>Te damos la bienvenida a Healer</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>Crea tu diario cifrado</translation>
    </message>
    <message>
        <source>Your journal stays on this computer, in one file locked with a passphrase. Choose one you can remember; a short sentence works well.</source>
        <translation>Tu diario se queda en este equipo, en un solo archivo protegido con una frase de acceso. Elige una que puedas recordar; una frase corta funciona bien.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de acceso otra vez</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even Healer. If you lose it, the journal cannot be opened again.</source>
        <translation>Nadie puede recuperar una frase de acceso olvidada, ni siquiera Healer. Si la pierdes, el diario ya no se podrá abrir.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear el diario</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear el diario</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet. Please type it again.</source>
        <translation>Las dos frases todavía no coinciden. Escríbela otra vez, por favor.</translation>
    </message>
</context>
<context>
    <name>DialogueReader</name>
    <message>
        <source>The dialogue, to read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dialogue to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogueReaderDialog</name>
    <message>
        <source>A dialogue with a young part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogueWizard</name>
    <message>
        <source>Edit a kept dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be kept just now; nothing is lost yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this dialogue for now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote can wait here until you come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go &amp;on writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be kept just now; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>What was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word on how far you have come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses seen through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log how it went when you reached out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a moment of being met, with these words and this pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s all right. Noticing the pull and stopping to look at it already counts for something. The pause is kept in your journal as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You saw it through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You waited %1 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength %1 at the start, %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses seen through so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryChoices</name>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look at this once more: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were in the middle of this entry (kept at %1). It is filled in below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved yet; your words are still here. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words about what happened are enough to save this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settled time is before the start. Please look at the two times again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is a little long; please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look at this once more: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Start &amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fresh, forgetting the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogues about this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogues with a young part about this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has sett&amp;led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look &amp;again at what it meant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to looking again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong at its peak, from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How strong at its peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: choose or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the &amp;urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what was typed and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as a draft and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save entry (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about this field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” ya existe.</translation>
    </message>
    <message>
        <source>Replacing it writes the export over what it holds now, in %1.</source>
        <translation>Si lo reemplazas, la exportación se escribe encima de lo que contiene ahora, en %1.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&lt;b&gt;What kind of file?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Qué tipo de archivo?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a file and &amp;export…</source>
        <translation>Elegir un archivo y &amp;exportar…</translation>
    </message>
    <message>
        <source>A document to read or print (HTML)</source>
        <translation>Un documento para leer o imprimir (HTML)</translation>
    </message>
    <message>
        <source>Every entry, newest first, in your own words. Opens in a web browser.</source>
        <translation>Todas las entradas, las más recientes primero, con tus propias palabras. Se abre en un navegador web.</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>The same document as plain text (Markdown)</source>
        <translation>El mismo documento como texto sencillo (Markdown)</translation>
    </message>
    <message>
        <source>For a text editor or a notes app.</source>
        <translation>Para un editor de texto o una aplicación de notas.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Everything, to import again (Healer JSON)</source>
        <translation>Todo, para volver a importarlo (JSON de Healer)</translation>
    </message>
    <message>
        <source>Entries, practices, pauses, parts, dialogues and people; Import… reads it back.</source>
        <translation>Entradas, prácticas, pausas, partes, diálogos y personas; Importar… lo vuelve a leer.</translation>
    </message>
    <message>
        <source>Healer JSON (*.json)</source>
        <translation>JSON de Healer (*.json)</translation>
    </message>
    <message>
        <source>The activations as a table (CSV)</source>
        <translation>Las activaciones como tabla (CSV)</translation>
    </message>
    <message>
        <source>One row per activation, for a spreadsheet.</source>
        <translation>Una fila por activación, para una hoja de cálculo.</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln activations to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln activación a %1.</numerusform>
            <numerusform>Se exportaron %Ln activaciones a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be written (%1); nothing was written.</source>
        <translation>No se pudo escribir la exportación (%1); no se ha escrito nada.</translation>
    </message>
    <message>
        <source>It is not encrypted: keep it private.</source>
        <translation>No está cifrada: guárdala en un lugar privado.</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Escribiendo la exportación…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Words from any prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FullScreenPacer</name>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing, full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space pauses · Esc or F11 returns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Healer help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Add what a Healer JSON export holds to this journal. Entries already here are recognised and skipped. Nothing changes until you press Import.</source>
        <translation>Añade a este diario lo que contiene una exportación JSON de Healer. Las entradas que ya están aquí se reconocen y se omiten. No cambia nada hasta que pulses Importar.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aún no has elegido ningún archivo.</translation>
    </message>
    <message>
        <source>Choose a Healer JSON export</source>
        <translation>Elige una exportación JSON de Healer</translation>
    </message>
    <message>
        <source>What the file would add</source>
        <translation>Lo que añadiría el archivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;What this file would add&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo que añadiría este archivo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <source>Healer JSON (*.json);;All files (*)</source>
        <translation>JSON de Healer (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Press Import to add these. Nothing is changed until then.</source>
        <translation>Pulsa Importar para añadirlo. Hasta entonces no cambia nada.</translation>
    </message>
    <message>
        <source>Everything in this file is already in your journal.</source>
        <translation>Todo lo que hay en este archivo ya está en tu diario.</translation>
    </message>
    <message>
        <source>Nothing was imported; your journal is as it was.</source>
        <translation>No se importó nada; tu diario sigue como estaba.</translation>
    </message>
    <message>
        <source>The file changed or went away after the preview; choose it again.</source>
        <translation>El archivo cambió o desapareció después de la vista previa; vuelve a elegirlo.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %Ln activations added, %1 already here.</source>
        <translation>
            <numerusform>Importado: %Ln activación añadida; ya estaban aquí: %1.</numerusform>
            <numerusform>Importado: %Ln activaciones añadidas; ya estaban aquí: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <source>Trigger categories</source>
        <translation>Tipos de detonante</translation>
    </message>
    <message>
        <source>Plans for triggers</source>
        <translation>Planes para detonantes</translation>
    </message>
    <message>
        <source>Practices used</source>
        <translation>Prácticas usadas</translation>
    </message>
    <message>
        <source>20-minute pauses</source>
        <translation>Pausas de 20 minutos</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Diálogos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Moments of being met</source>
        <translation>Momentos de acogida</translation>
    </message>
    <message>
        <source>Self-checks and questions</source>
        <translation>Revisiones personales y preguntas</translation>
    </message>
    <message>
        <source>Practice plans</source>
        <translation>Planes de práctica</translation>
    </message>
    <message>
        <source>&lt;b&gt;What was added&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo que se añadió&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Se añadieron</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Se añaden</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Ya están</translation>
    </message>
</context>
<context>
    <name>IntensitySlider</name>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntensityTaps</name>
    <message>
        <source>%1: %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>Logged activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still activated</source>
        <translation type="unfinished">activación en curso</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I&apos;ve settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected entry as settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as settled. Well done for staying with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Add the rest whenever you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 entries match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept; it will be offered next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Healer areas</source>
        <translation>Secciones de Healer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
</context>
<context>
    <name>NamingPage</name>
    <message>
        <source>What I tell myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What I tell myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Healer&apos;s &amp;words again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Healer&apos;s words again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which episode this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words about what set it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set it &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong right &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"> minuto</translation>
    </message>
    <message>
        <source>Length of this pause in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begin the pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin the pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: set this pause aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open, since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new episode (note it in a few words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t link this pause to an entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message>
        <source>Ways to begin, if they help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I &amp;need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the words to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you do with the wish to reach out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I haven&apos;t acted on it (for now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I reached out after the pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I reached out before the pause was over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes after it began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long after the urge began I reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and save this pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin with: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenEpisodeBanner</name>
    <message>
        <source>I&apos;ve &amp;settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still activated since %1. Take your time; when it has eased, say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more open)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Still activated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrientingCard</name>
    <message>
        <source>Something I can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thing I can see, %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep these words in my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the five things in the journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeLabel</name>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>PacerPage</name>
    <message>
        <source>Slow breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer out-breath: in 4, out 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-7-8: in 4, hold 7, out 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box: in 4, hold 4, out 4, hold 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even: in 5.5, out 5.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hol&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds breathing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds holding after the in-breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds breathing out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds holding after the out-breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until I stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many minutes or breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop breathing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion: a still cue instead of a moving circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That pattern can&apos;t be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start breathing (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacerWidget</name>
    <message>
        <source>Breathing pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space or Start when you are ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartPanel</name>
    <message>
        <source>Name of the part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual fear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical &amp;age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual &amp;fear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the part&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look at this once more: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartsMetPage</name>
    <message>
        <source>Parts met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogues with this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dialogues with this part, over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartsTab</name>
    <message>
        <source>Dialogues and parts met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation type="unfinished">Diálogos</translation>
    </message>
    <message>
        <source>Parts met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk with a young part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the alarm goes off, a younger part of you is often behind it. Turn toward it with curiosity, and answer it as the steady grown-up you are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begin a dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin a dialogue with a young part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the unfinished dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue &amp;writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue writing this dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Editar</translation>
    </message>
    <message>
        <source>Edit this kept dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dialogues will gather here, to read again whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dialogue from %1 is waiting, just as you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more unfinished)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this dialogue for good? It cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the open dialogue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastPlansDialog</name>
    <message>
        <source>Earlier plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s fourteen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseStepStack</name>
    <message>
        <source>20-minute pause</source>
        <translation type="unfinished">Pausa de 20 minutos</translation>
    </message>
    <message>
        <source>Steps of the pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pause is over. Come back to Healer when you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pause is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back to Healer when you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list could not be kept just now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseTab</name>
    <message>
        <source>The pause could not be saved just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words about what set it off are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new entry could not be saved just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. There is no hurry to send it; you can sit with it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Healer takes it off the clipboard after %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanLine</name>
    <message>
        <source>Your plan for this trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your plan:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan for this trigger yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeCard</name>
    <message>
        <source>&amp;Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeHistoryPage</name>
    <message>
        <source>Practice history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices you saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved practices, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practices could not be read just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved yet. After a practice, choose Save and it is listed here, with how strong the feeling was and any words you kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest %1 practices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong: %1 before, %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePlanPanel</name>
    <message>
        <source>One practice for two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier p&amp;lans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read earlier plans and their reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one practice and give it two weeks before you judge it. Healer fills in the days it can see in your records; you mark the rest yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice for the two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practi&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;rst day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fourteen days of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healer saw it in your records today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did it t&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did it today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For what Healer cannot see, such as a practice done away from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this plan &amp;aside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to do now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep going for two more weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice to switch to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the practice chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your two weeks with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan started. Two weeks, one practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s mark taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this plan aside?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its days stay readable under Earlier plans, and you can start another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two more weeks, starting today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new two weeks with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeTimer</name>
    <message>
        <source>No timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&apos;s up. Take one more slow breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restablecer &amp;valores predeterminados</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use (0 for never)</source>
        <translation>Bloquear tras estos minutos sin uso (0 para nunca)</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <source>Lock when the &amp;screen locks or the computer sleeps</source>
        <translation>Bloquear cuando se bloquee la &amp;pantalla o el equipo entre en reposo</translation>
    </message>
    <message numerus="yes">
        <source> seconds</source>
        <translation>
            <numerusform> segundo</numerusform>
            <numerusform> segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Take copied words off the clipboard after this many seconds (0 for never)</source>
        <translation>Quitar del portapapeles lo copiado tras estos segundos (0 para nunca)</translation>
    </message>
    <message>
        <source>&amp;Clear copied words after:</source>
        <translation>B&amp;orrar lo copiado tras:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Make &amp;automatic backups (at most once a day, after a change)</source>
        <translation>Hacer copias de seguridad &amp;automáticas (como mucho una al día, tras un cambio)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de las copias de seguridad</translation>
    </message>
    <message>
        <source>The default: beside your vault</source>
        <translation>Junto a tu diario</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Eli&amp;gir…</translation>
    </message>
    <message>
        <source>Choose a backup folder</source>
        <translation>Elige una carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Use the default</source>
        <translation>&amp;Usar la predeterminada</translation>
    </message>
    <message>
        <source>Use the default backup folder</source>
        <translation>Usar la carpeta predeterminada para las copias</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>A USB stick or a synced folder keeps a copy away from this computer.</source>
        <translation>Una memoria USB o una carpeta sincronizada guardan una copia lejos de este equipo.</translation>
    </message>
    <message>
        <source>Pause and practices</source>
        <translation>Pausa y prácticas</translation>
    </message>
    <message>
        <source>Length a pause starts with</source>
        <translation>Duración con la que empieza una pausa</translation>
    </message>
    <message>
        <source>&amp;Pause length:</source>
        <translation>&amp;Duración de la pausa:</translation>
    </message>
    <message>
        <source>Reduce &amp;motion: a still breathing cue instead of a moving circle</source>
        <translation>Reducir el &amp;movimiento: una guía de respiración quieta en lugar de un círculo que se mueve</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>Co&amp;lores:</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Carpeta para las copias de seguridad automáticas</translation>
    </message>
</context>
<context>
    <name>QuickCaptureWidget</name>
    <message>
        <source>A few words are enough, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong, from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How stro&amp;ng?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of trigger (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log this activation now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full entr&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the full entry form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few words about what happened first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved yet; your words are still here. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassessPage</name>
    <message>
        <source>How strong it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong is it &amp;now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the wish to reach out still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, I still want to reach out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, the wish to reach out is still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it has &amp;eased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, the wish to reach out has eased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode has &amp;settled: note the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the linked episode as settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this pause &amp;aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this pause aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pause came to its end while Healer was closed or locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Save this practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this practice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save this practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to an activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong was it &amp;before? (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And &amp;now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep these words in my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the words you typed in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegulateTab</name>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the practices you saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-week pla&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your two-week plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice saved. Thank you for looking after yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Type the passphrase this backup was made with. It may be an older one, if you changed your passphrase since.</source>
        <translation>Escribe la frase de acceso con la que se hizo esta copia. Puede ser una anterior, si cambiaste tu frase desde entonces.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase de acceso de la copia</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <source>&amp;Open the backup</source>
        <translation>&amp;Abrir la copia</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Abrir la copia</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Lo que contiene la copia</translation>
    </message>
    <message>
        <source>Restoring replaces your journal with this backup. Your current vault is kept beside it under a dated name (%1.before-restore-…), so nothing is lost. Afterwards Healer opens with the backup&apos;s passphrase.</source>
        <translation>Al restaurar, tu diario se reemplaza por esta copia. Tu diario actual se guarda a su lado con un nombre fechado (%1.before-restore-…), así que no se pierde nada. Después, Healer se abre con la frase de acceso de la copia.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation>Escribe primero la frase de acceso de la copia.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this backup. It may be the one you used before your last change of passphrase.</source>
        <translation>Esa frase no abre esta copia. Quizá sea la que usabas antes de tu último cambio de frase de acceso.</translation>
    </message>
    <message>
        <source>This backup holds no entries.</source>
        <translation>Esta copia no contiene entradas.</translation>
    </message>
    <message>
        <source>This backup holds 1 entry, on %1.</source>
        <translation>Esta copia contiene 1 entrada, del %1.</translation>
    </message>
    <message numerus="yes">
        <source>This backup holds %Ln entries, all on %1.</source>
        <translation>
            <numerusform>Esta copia contiene %Ln entrada, del %1.</numerusform>
            <numerusform>Esta copia contiene %Ln entradas, todas del %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This backup holds %Ln entries, from %1 to %2.</source>
        <translation>
            <numerusform>Esta copia contiene %Ln entrada, del %1 al %2.</numerusform>
            <numerusform>Esta copia contiene %Ln entradas, del %1 al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest was written on %1.</source>
        <translation>La más reciente se escribió el %1.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>I&apos;m activated: begin a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A from anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"> minuto</translation>
    </message>
    <message>
        <source>Length of the pause in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length of a pause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses seen through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pause you see through is kept here, quietly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses seen through so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de acceso</translation>
    </message>
    <message>
        <source>Passphrase strength hint</source>
        <translation>Consejo sobre la seguridad de la frase</translation>
    </message>
</context>
<context>
    <name>TriggerPlansDialog</name>
    <message>
        <source>Plans for your triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a trigger keeps coming back, decide now, while you are calm, what you will do the next time. Your most common triggers come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find words in your plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this happens, I will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: put the phone in another room and breathe out slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · among your top three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no plan yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When “%1” happens, I will …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look at this once more: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be kept just now; it is still here. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan for this one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan holds those words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan can hold up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoWeekPanel</name>
    <message>
        <source>Your first two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sets the alarm off most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans for your &amp;triggers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans for your triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log each activation for two weeks, and a pattern will start to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first two weeks are behind you; this shows the last %2 days. %1 of them have an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 days have an entry so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together these three are behind %1 % of your activations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 more entries, the most common triggers appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % of activations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Healer</source>
        <translation>Desbloquear Healer</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Desbloquea tu diario cifrado</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Qué bien verte de nuevo</translation>
    </message>
    <message>
        <source>Type your passphrase to open your journal.</source>
        <translation>Escribe tu frase de acceso para abrir tu diario.</translation>
    </message>
    <message>
        <source>Why Healer locked</source>
        <translation>Por qué se bloqueó Healer</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Type your passphrase, then press Unlock.</source>
        <translation>Escribe tu frase de acceso y pulsa Desbloquear.</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open the journal. Take your time and try again.</source>
        <translation>Esa frase no abrió el diario. Tómate tu tiempo y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>UrgeField</name>
    <message>
        <source>What happened to the urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted on at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted on after a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the pause was, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultStateBanner</name>
    <message>
        <source>Vault state</source>
        <translation>Estado del diario cifrado</translation>
    </message>
    <message>
        <source>Read-only: the vault is damaged (some pages fail their checks). You can read and export what is still readable; restore a backup before writing again.</source>
        <translation>Solo lectura: el diario está dañado (algunas páginas no superan las comprobaciones). Puedes leer y exportar lo que aún se puede leer; restaura una copia de seguridad antes de volver a escribir.</translation>
    </message>
    <message>
        <source>Read-only: %1. You can read and export, but not change anything.</source>
        <translation>Solo lectura: %1. Puedes leer y exportar, pero no cambiar nada.</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>What I told myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m ready to check in &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in now, before the time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set this pause aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this pause aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the breathing &amp;pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the breathing pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something absorbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things that absorb me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something that absorbs me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Add a few things that usually hold your attention: a puzzle, a recipe, a game, a song to learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the story starts replaying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nueva entrada…</translation>
    </message>
    <message>
        <source>Write down a new activation</source>
        <translation>Anota una nueva activación</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Close the journal and ask for the passphrase again</source>
        <translation>Cierra el diario y vuelve a pedir la frase de acceso</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de acceso…</translation>
    </message>
    <message>
        <source>Re-encrypt the journal with a new passphrase</source>
        <translation>Vuelve a cifrar el diario con una frase de acceso nueva</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Locking, backups, the pause and colours</source>
        <translation>Bloqueo, copias de seguridad, la pausa y los colores</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Healer</source>
        <translation>Salir de Healer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search your entries</source>
        <translation>Busca en tus entradas</translation>
    </message>
    <message>
        <source>&amp;Breathe</source>
        <translation>&amp;Respira</translation>
    </message>
    <message>
        <source>The breathing pacer, from anywhere</source>
        <translation>La guía de respiración, desde cualquier lugar</translation>
    </message>
    <message>
        <source>I&apos;m &amp;activated…</source>
        <translation>Me he &amp;activado…</translation>
    </message>
    <message>
        <source>Begin a pause before reaching out (the 20-minute pause)</source>
        <translation>Empieza una pausa antes de acercarte a alguien (la pausa de 20 minutos)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Hacer una &amp;copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Write an encrypted, checked copy of your journal</source>
        <translation>Escribe una copia cifrada y comprobada de tu diario</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Replace your journal with a backup; the current one is kept</source>
        <translation>Reemplaza tu diario por una copia de seguridad; el actual se conserva</translation>
    </message>
    <message>
        <source>Healer &amp;help</source>
        <translation>&amp;Ayuda de Healer</translation>
    </message>
    <message>
        <source>How the roadmap works, in plain words</source>
        <translation>Cómo funciona el camino, en palabras sencillas</translation>
    </message>
    <message>
        <source>&amp;About Healer</source>
        <translation>Acerca &amp;de Healer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>Acciones rápidas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Write your journal to a file to read, print or import elsewhere</source>
        <translation>Escribe tu diario en un archivo para leerlo, imprimirlo o importarlo en otro lugar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add the entries of a Healer JSON export, with a preview first</source>
        <translation>Añade las entradas de una exportación JSON de Healer, con una vista previa primero</translation>
    </message>
    <message>
        <source>Check the &amp;vault…</source>
        <translation>Revisar el &amp;diario cifrado…</translation>
    </message>
    <message>
        <source>Check that the vault is whole and its encryption intact</source>
        <translation>Comprueba que el diario cifrado está completo y su cifrado intacto</translation>
    </message>
    <message>
        <source>About Healer</source>
        <translation>Acerca de Healer</translation>
    </message>
    <message>
        <source>Healer %1</source>
        <translation>Healer %1</translation>
    </message>
    <message>
        <source>A private, offline companion for healing anxious attachment. Everything stays on this computer, in one encrypted file.

Healer is a self-help journal, not a medical device or a substitute for therapy. If you are in crisis, please contact your local emergency services or a crisis line.</source>
        <translation>Un acompañante privado y sin conexión para sanar el apego ansioso. Todo se queda en este equipo, en un solo archivo cifrado.

Healer es un diario de autoayuda, no un producto sanitario ni un sustituto de la terapia. Si estás en crisis, ponte en contacto con los servicios de emergencia de tu zona o con una línea de ayuda en crisis.</translation>
    </message>
</context>
<context>
    <name>_PlaintextWarning</name>
    <message>
        <source>&lt;b&gt;This file is not encrypted&lt;/b&gt;</source>
        <translation>&lt;b&gt;Este archivo no está cifrado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Anyone who can open it can read your journal. Keep it somewhere private, not in a shared or synced folder, and delete it when you no longer need it.</source>
        <translation>Cualquiera que pueda abrirlo puede leer tu diario. Guárdalo en un lugar privado, no en una carpeta compartida ni sincronizada, y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>This file is not encrypted</source>
        <translation>Este archivo no está cifrado</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file could not be read or written (%1).</source>
        <translation>No se pudo leer ni escribir el archivo (%1).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1).</source>
        <translation>Algo inesperado salió mal (%1).</translation>
    </message>
    <message>
        <source>It stopped on an unexpected error (%1).</source>
        <translation>Se detuvo por un error inesperado (%1).</translation>
    </message>
    <message>
        <source>it is on a read-only filesystem</source>
        <translation>está en un sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation>su carpeta %1 es de solo lectura</translation>
    </message>
    <message>
        <source>the file&apos;s permissions are %1, without write access</source>
        <translation>los permisos del archivo son %1, sin permiso de escritura</translation>
    </message>
    <message>
        <source>search index (the vault is read-only)</source>
        <translation>índice de búsqueda (el diario es de solo lectura)</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation>%1 es una carpeta; indica el nombre de un archivo para escribir.</translation>
    </message>
    <message>
        <source>%1 belongs to the system (%2) and holds no files of yours</source>
        <translation>%1 pertenece al sistema (%2) y no guarda archivos tuyos</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk</source>
        <translation>%1 está en un disco de solo lectura</translation>
    </message>
    <message>
        <source>you may not write in %1</source>
        <translation>no tienes permiso para escribir en %1</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 es una carpeta</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation>no se puede escribir %1 (%2)</translation>
    </message>
    <message>
        <source>%1; nothing was written. Choose another place.</source>
        <translation>%1; no se ha escrito nada. Elige otro lugar.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; nothing was written. Choose another place.</source>
        <translation>%1 es un archivo, no una carpeta; no se ha escrito nada. Elige otro lugar.</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>no se ha cambiado nada</translation>
    </message>
    <message>
        <source>No vault at %1. Create one first (healer-cli init).</source>
        <translation>No hay ningún diario cifrado en %1. Crea uno primero (healer-cli init).</translation>
    </message>
    <message>
        <source>%1 already exists; a new vault is never written over it.</source>
        <translation>%1 ya existe; un diario nuevo nunca se escribe encima.</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1.</source>
        <translation>La frase de acceso no abre %1.</translation>
    </message>
    <message>
        <source>%1 is not a Healer vault or is damaged: %2.</source>
        <translation>%1 no es un diario cifrado de Healer o está dañado: %2.</translation>
    </message>
    <message>
        <source>%1 is busy in another Healer window or command; try again in a moment.</source>
        <translation>%1 está en uso en otra ventana u orden de Healer; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>El diario cifrado está bloqueado.</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>No hay ningún elemento «%1» con el identificador %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 is read-only (%2); nothing was changed. You can still read and export it.</source>
        <translation>%1 es de solo lectura (%2); no se ha cambiado nada. Aún puedes leerlo y exportarlo.</translation>
    </message>
    <message>
        <source>%1 is open in another Healer window or command; close it before you %2. Nothing was changed.</source>
        <translation>%1 está abierto en otra ventana u orden de Healer; ciérralo antes de %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The disk is full; %1. Free some space on the disk holding %2 and try again.</source>
        <translation>El disco está lleno; %1. Libera algo de espacio en el disco donde está %2 y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Choose a new name, or add --force to replace it.</source>
        <translation>%1 ya existe; no se ha escrito nada. Elige un nombre nuevo o añade --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>%1 is a Healer vault, a backup or one of their files; Healer never writes over it, even with --force. Choose a new name.</source>
        <translation>%1 es un diario cifrado de Healer, una copia de seguridad o uno de sus archivos; Healer nunca escribe encima, ni siquiera con --force. Elige un nombre nuevo.</translation>
    </message>
    <message>
        <source>The backup written to %1 did not pass its checks when opened again (%2 problems), so it was deleted; your vault is unchanged. The disk there may be failing: try another place.</source>
        <translation>La copia de seguridad escrita en %1 no superó las comprobaciones al volver a abrirla (problemas: %2), así que se borró; tu diario no ha cambiado. Puede que ese disco esté fallando: prueba en otro lugar.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not there (a USB stick or network folder that is not connected?); no automatic backup was made. Connect it, or choose another folder in Preferences.</source>
        <translation>La carpeta de copias de seguridad %1 no está disponible (¿una memoria USB o una carpeta de red sin conectar?); no se hizo la copia automática. Conéctala o elige otra carpeta en Preferencias.</translation>
    </message>
    <message>
        <source>not a Healer export (no &quot;format&quot;: &quot;healer-export&quot;)</source>
        <translation>no es una exportación de Healer (falta &quot;format&quot;: &quot;healer-export&quot;)</translation>
    </message>
    <message>
        <source>schema_version: missing or not a number</source>
        <translation>schema_version: falta o no es un número</translation>
    </message>
    <message>
        <source>schema_version: %1 is newer than this Healer understands; update the app</source>
        <translation>schema_version: %1 es más reciente de lo que entiende este Healer; actualiza la aplicación</translation>
    </message>
    <message>
        <source>the file is larger than any Healer export (512 MB)</source>
        <translation>el archivo es más grande que cualquier exportación de Healer (512 MB)</translation>
    </message>
    <message>
        <source>a folder, not a file; choose a Healer JSON export</source>
        <translation>es una carpeta, no un archivo; elige una exportación JSON de Healer</translation>
    </message>
    <message>
        <source>not a regular file (a device or a pipe); choose a Healer JSON export</source>
        <translation>no es un archivo normal (es un dispositivo o una tubería); elige una exportación JSON de Healer</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1)</source>
        <translation>no es texto UTF-8 (byte %1)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: falta</translation>
    </message>
    <message>
        <source>%1: a number of more than %2 digits</source>
        <translation>%1: un número de más de %2 cifras</translation>
    </message>
    <message>
        <source>%1: a number too large to keep</source>
        <translation>%1: un número demasiado grande para guardarlo</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: se esperaba %2</translation>
    </message>
    <message>
        <source>%1: not an ISO-8601 time</source>
        <translation>%1: no es una hora ISO-8601</translation>
    </message>
    <message>
        <source>%1: needs a time zone (such as Z)</source>
        <translation>%1: necesita una zona horaria (como Z)</translation>
    </message>
    <message>
        <source>%1: outside the years 1 to 9999 in UTC</source>
        <translation>%1: fuera de los años 1 a 9999 en UTC</translation>
    </message>
    <message>
        <source>%1: must be 1 to %2 characters</source>
        <translation>%1: debe tener de 1 a %2 caracteres</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: se esperaba un objeto</translation>
    </message>
    <message>
        <source>%1: not a %2 Healer knows</source>
        <translation>%1: no es un valor de %2 que Healer conozca</translation>
    </message>
    <message>
        <source>%1: expected a list of text</source>
        <translation>%1: se esperaba una lista de textos</translation>
    </message>
    <message>
        <source>%1: the same as %2; an export holds each record once</source>
        <translation>%1: igual que %2; una exportación contiene cada registro una sola vez</translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation>%1: se esperaba una lista</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Healer; update the app to restore it.</source>
        <translation>%1 se escribió con una versión más reciente de Healer; actualiza la aplicación para restaurarla.</translation>
    </message>
    <message>
        <source>its entries cannot be read, so it cannot be restored</source>
        <translation>sus entradas no se pueden leer, así que no se puede restaurar</translation>
    </message>
    <message>
        <source>%1 is the vault itself, not a backup; nothing was changed.</source>
        <translation>%1 es el propio diario cifrado, no una copia de seguridad; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>the copy of the backup fails its checks (%1 problems), so it was not restored; nothing was changed</source>
        <translation>la copia no supera las comprobaciones (problemas: %1), así que no se restauró; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>%1 has changes not yet written into the file (a Healer that stopped while it was open); unlock it once with Healer or run healer-cli check, then restore again. Nothing was changed.</source>
        <translation>%1 tiene cambios que aún no se han escrito en el archivo (un Healer que se detuvo mientras estaba abierto); desbloquéalo una vez con Healer o ejecuta healer-cli check, y vuelve a restaurar. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>the passphrase is right but the start of the vault is damaged — restore a backup</source>
        <translation>la frase de acceso es correcta, pero el principio del diario está dañado: restaura una copia de seguridad</translation>
    </message>
    <message>
        <source>the vault is damaged (some pages fail their checks), so it is open read-only; make a rescue export of what is still readable, then restore a backup</source>
        <translation>el diario está dañado (algunas páginas no superan las comprobaciones), así que está abierto solo para lectura; haz una exportación de rescate de lo que aún se puede leer y luego restaura una copia de seguridad</translation>
    </message>
    <message>
        <source>the vault is damaged (some pages fail their checks), so it is open read-only; make a rescue export of what is still readable, then restore a backup; nothing was changed</source>
        <translation>el diario está dañado (algunas páginas no superan las comprobaciones), así que está abierto solo para lectura; haz una exportación de rescate de lo que aún se puede leer y luego restaura una copia de seguridad; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <source>SQLCipher cannot read it</source>
        <translation>SQLCipher no puede leerlo</translation>
    </message>
    <message>
        <source>it holds no Healer data</source>
        <translation>no contiene datos de Healer</translation>
    </message>
    <message>
        <source>the passphrase was not changed</source>
        <translation>la frase de acceso no se ha cambiado</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>cambiar la frase de acceso</translation>
    </message>
    <message>
        <source>The passphrase could not be changed; the old one still opens it.</source>
        <translation>No se pudo cambiar la frase de acceso; la antigua sigue abriéndolo.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>it is an unencrypted SQLite database</source>
        <translation>es una base de datos SQLite sin cifrar</translation>
    </message>
    <message>
        <source>its size is not a whole number of pages</source>
        <translation>su tamaño no es un número entero de páginas</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one; nothing was changed.</source>
        <translation>La frase de acceso nueva es igual a la actual; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>still activated</source>
        <translation>activación en curso</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry could not be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry restored: it is back in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pause</name>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the words below out loud, or read them slowly. Change them until they sound like you; Healer keeps your version for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it as a need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you still want to reach out, find words that share what you need instead of asking for proof. Healer never sends anything; the words stay here unless you copy them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in with yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a slow breath before you answer. There is no right number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause before you reach out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the pull to send a message, check their status or ask for reassurance gets strong, give your body a set time first. The wave usually eases within about twenty minutes if nothing new stirs it. You can still reach out afterwards, from a steadier place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it pass</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self._parent</name>
    <message>
        <source>Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pause is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <source>It is built on a password many people use. A short sentence of your own is safer.</source>
        <translation>Se basa en una contraseña que usa mucha gente. Una frase corta tuya es más segura.</translation>
    </message>
    <message>
        <source>Well-known phrases, and words about Healer itself, are tried first. Put together words only you would choose.</source>
        <translation>Las frases conocidas, y las palabras sobre el propio Healer, son lo primero que se prueba. Junta palabras que solo tú elegirías.</translation>
    </message>
    <message>
        <source>Names are among the first things tried. Add a few unrelated words.</source>
        <translation>Los nombres son de lo primero que se prueba. Añade unas cuantas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>One common word is found quickly. Add a few more words.</source>
        <translation>Una palabra común se descubre enseguida. Añade algunas palabras más.</translation>
    </message>
    <message>
        <source>Look-alike swaps such as @ for a or 0 for o are tried too. A few more words help far more.</source>
        <translation>También se prueban los cambios de letras parecidas, como @ por a o 0 por o. Unas cuantas palabras más ayudan mucho más.</translation>
    </message>
    <message>
        <source>Words spelled backwards are tried too. Add a few more words.</source>
        <translation>También se prueban las palabras escritas al revés. Añade algunas palabras más.</translation>
    </message>
    <message>
        <source>Keys next to each other, like qwerty, are tried early. Use words instead.</source>
        <translation>Las teclas seguidas, como qwerty, se prueban pronto. Usa palabras en su lugar.</translation>
    </message>
    <message>
        <source>Repeating a word or a character adds little. Use different words.</source>
        <translation>Repetir una palabra o un carácter aporta poco. Usa palabras distintas.</translation>
    </message>
    <message>
        <source>Runs like abc or 1234 are tried early. Use words instead.</source>
        <translation>Las series como abc o 1234 se prueban pronto. Usa palabras en su lugar.</translation>
    </message>
    <message>
        <source>Years and dates are easy to guess. Add a few words instead.</source>
        <translation>Los años y las fechas son fáciles de adivinar. Añade unas cuantas palabras en su lugar.</translation>
    </message>
    <message>
        <source>Add another word or two; unusual words work best.</source>
        <translation>Añade una o dos palabras más; las palabras poco habituales funcionan mejor.</translation>
    </message>
    <message>
        <source>Longer is stronger: a few unrelated words work well.</source>
        <translation>Cuanto más larga, más segura: unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Demasiado corta: usa al menos %n carácter.</numerusform>
            <numerusform>Demasiado corta: usa al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess.</source>
        <translation>Demasiado fácil de adivinar.</translation>
    </message>
    <message>
        <source>Fair: it would take some effort to guess.</source>
        <translation>Aceptable: costaría algo adivinarla.</translation>
    </message>
    <message>
        <source>Strong. Write it down somewhere safe until you know it by heart.</source>
        <translation>Segura. Anótala en un lugar seguro hasta que te la sepas de memoria.</translation>
    </message>
    <message numerus="yes">
        <source>Please choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Elige una frase de acceso de al menos %n carácter, por favor.</numerusform>
            <numerusform>Elige una frase de acceso de al menos %n caracteres, por favor.</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase would be too easy to guess, so it cannot protect your journal.</source>
        <translation>Esta frase sería demasiado fácil de adivinar, así que no puede proteger tu diario.</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Your path</source>
        <translation>Tu camino</translation>
    </message>
    <message>
        <source>Activation log</source>
        <translation>Registro de activaciones</translation>
    </message>
    <message>
        <source>Regulate</source>
        <translation>Calmarte</translation>
    </message>
    <message>
        <source>20-minute pause</source>
        <translation>Pausa de 20 minutos</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Healer is a self-help journal. It is not therapy and not a crisis service. If you are in crisis, please contact your local emergency services or a crisis line.</source>
        <translation>Healer es un diario de autoayuda. No es terapia ni un servicio de crisis. Si estás en crisis, ponte en contacto con los servicios de emergencia de tu zona o con una línea de ayuda en crisis.</translation>
    </message>
</context>
</TS>
