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
        <translation type="unfinished">Pausas completadas</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing it writes the export over what it holds now, in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
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
        <translation type="unfinished">Abrir la guía de respiración</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healer is a private place to understand and calm the alarm that goes off when someone close feels far away. Everything stays on this computer, encrypted. The steps below go in an order: the body first, then relationships, then thoughts. Begin by noticing what sets you off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your path</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">&amp;Añadir</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healer locked as the computer went to sleep, to keep your journal private. Unlocking brings you back to where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healer locked with your screen, to keep your journal private. Unlocking brings you back to where you were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCare</name>
    <message>
        <source>Choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Healer vault or backup. Healer never writes over one; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup and checking it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup is written to %1 and checked: it opens, and every page passed its checks. It opens with the same passphrase as your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is now the backup&apos;s. It opens with the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your previous vault is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your journal with your usual passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup stopped on an unexpected error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal itself is safe and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BilateralCard</name>
    <message>
        <source> per minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>Tempo in taps per minute</source>
        <translation>Ritmo en toques por minuto</translation>
    </message>
    <message>
        <source>T&amp;empo</source>
        <translation>&amp;Ritmo</translation>
    </message>
</context>
<context>
    <name>BilateralCue</name>
    <message>
        <source>Left and right rhythm</source>
        <translation>Ritmo de izquierda a derecha</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <source>{what} {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase cannot be changed: the vault is open read-only because %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is re-encrypted with the new passphrase. If anything interrupts it, one of the two passphrases, old or new, still opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting your journal… a large one takes a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on only the new passphrase opens your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made before now still open only with the old passphrase. Make a fresh backup now, so you have one that opens with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same yet. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed; the current one still opens it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healer reads every page of your vault and checks that it is whole, that its encryption is intact, and that the search indexes match your entries. Nothing is changed. A large journal takes a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is healthy: every page is whole, the encryption checks passed and the search indexes match your entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is healthy: every page is whole and the encryption checks passed. Not checked: {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found damage in your vault ({count} problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Add nothing new for now: Healer keeps a damaged vault read-only so nothing more is lost.&lt;/li&gt;&lt;li&gt;Restore your most recent backup: &lt;b&gt;File ▸ Restore from a backup…&lt;/b&gt;&lt;/li&gt;&lt;li&gt;No backup? Save every entry that can still be read with the command &lt;code&gt;healer-cli export --rescue -o rescued.json&lt;/code&gt; in a terminal. That file is not encrypted: keep it private.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not finish: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every page…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left in the pause</source>
        <translation>Tiempo que queda de la pausa</translation>
    </message>
    <message>
        <source>%1 left, paused</source>
        <translation>Quedan %1, en pausa</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Welcome to Healer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal stays on this computer, in one file locked with a passphrase. Choose one you can remember; a short sentence works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even Healer. If you lose it, the journal cannot be opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet. Please type it again.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Un diálogo con una parte joven</translation>
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
        <translation>Lo que se guardó</translation>
    </message>
    <message>
        <source>A word on how far you have come</source>
        <translation>Unas palabras sobre el camino que llevas</translation>
    </message>
    <message>
        <source>Pauses seen through</source>
        <translation>Pausas completadas</translation>
    </message>
    <message>
        <source>&amp;Log how it went when you reached out…</source>
        <translation>&amp;Anotar cómo fue cuando te acercaste a alguien…</translation>
    </message>
    <message>
        <source>Log a moment of being met, with these words and this pause</source>
        <translation>Anotar un momento de acogida, con estas palabras y esta pausa</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Dejada a un lado</translation>
    </message>
    <message>
        <source>That&apos;s all right. Noticing the pull and stopping to look at it already counts for something. The pause is kept in your journal as it was.</source>
        <translation>No pasa nada. Notar el tirón y pararte a mirarlo ya cuenta. La pausa queda guardada en tu diario tal como estaba.</translation>
    </message>
    <message>
        <source>You saw it through</source>
        <translation>Has llegado hasta el final</translation>
    </message>
    <message numerus="yes">
        <source>You waited %n minutes. Strength %1 at the start, %2 now.</source>
        <translation>
            <numerusform>Esperaste %n minuto. Intensidad %1 al principio, %2 ahora.</numerusform>
            <numerusform>Esperaste %n minutos. Intensidad %1 al principio, %2 ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You waited %n minutes.</source>
        <translation>
            <numerusform>Esperaste %n minuto.</numerusform>
            <numerusform>Esperaste %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pauses seen through so far: %1</source>
        <translation>Pausas completadas hasta ahora: %1</translation>
    </message>
</context>
<context>
    <name>EndNotice</name>
    <message>
        <source>Check in now</source>
        <translation>Ver cómo estoy ahora</translation>
    </message>
    <message>
        <source>Your pause is over</source>
        <translation>Tu pausa ha terminado</translation>
    </message>
    <message>
        <source>&amp;Check in now</source>
        <translation>&amp;Ver cómo estoy ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What kind of file?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file and &amp;export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document to read or print (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry, newest first, in your own words. Opens in a web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same document as plain text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a text editor or a notes app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, to import again (Healer JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries, practices, pauses, parts, dialogues and people; Import… reads it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healer JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activations as a table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per activation, for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 activation to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} activations to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not encrypted: keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written ({why}); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation type="unfinished"></translation>
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
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Breathing, full screen</source>
        <translation>Respiración, a pantalla completa</translation>
    </message>
    <message>
        <source>Space pauses · Esc or F11 returns</source>
        <translation>Espacio pausa · Esc o F11 para volver</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what a Healer JSON export holds to this journal. Entries already here are recognised and skipped. Nothing changes until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Healer JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file would add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What this file would add&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healer JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Import to add these. Nothing is changed until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this file is already in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; your journal is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed or went away after the preview; choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {added} activations added, {present} already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans for triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20-minute pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments of being met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-checks and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What was added&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already here</source>
        <translation type="unfinished"></translation>
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
        <translation>%1: %2 de 10</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamingPage</name>
    <message>
        <source>What I tell myself</source>
        <translation>Lo que me digo</translation>
    </message>
    <message>
        <source>&amp;What I tell myself</source>
        <translation>&amp;Lo que me digo</translation>
    </message>
    <message>
        <source>Use Healer&apos;s &amp;words again</source>
        <translation>Volver a las &amp;palabras de Healer</translation>
    </message>
    <message>
        <source>Use Healer&apos;s words again</source>
        <translation>Volver a las palabras de Healer</translation>
    </message>
    <message>
        <source>Which episode this is</source>
        <translation>De qué activación se trata</translation>
    </message>
    <message>
        <source>&amp;Episode</source>
        <translation>&amp;Activación</translation>
    </message>
    <message>
        <source>A few words about what set it off</source>
        <translation>Unas palabras sobre el detonante</translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation>El detonante</translation>
    </message>
    <message>
        <source>What set it &amp;off</source>
        <translation>El &amp;detonante</translation>
    </message>
    <message>
        <source>How strong right now</source>
        <translation>Intensidad ahora mismo</translation>
    </message>
    <message>
        <source>How strong right &amp;now</source>
        <translation>Intensidad ahora &amp;mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Length of this pause in minutes</source>
        <translation>Duración de esta pausa en minutos</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <source>&amp;Begin the pause</source>
        <translation>&amp;Empezar la pausa</translation>
    </message>
    <message>
        <source>Begin the pause</source>
        <translation>Empezar la pausa</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <source>Not now: set this pause aside</source>
        <translation>Ahora no: dejar esta pausa a un lado</translation>
    </message>
    <message>
        <source>Still open, since %1: %2</source>
        <translation>Sigue abierta desde las %1: %2</translation>
    </message>
    <message>
        <source>A new episode (note it in a few words)</source>
        <translation>Una activación nueva (anótala en pocas palabras)</translation>
    </message>
    <message>
        <source>Don&apos;t link this pause to an entry</source>
        <translation>No vincular esta pausa a ninguna entrada</translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message>
        <source>Ways to begin, if they help:</source>
        <translation>Formas de empezar, por si te ayudan:</translation>
    </message>
    <message>
        <source>What I need</source>
        <translation>Lo que necesito</translation>
    </message>
    <message>
        <source>What I &amp;need</source>
        <translation>Lo que &amp;necesito</translation>
    </message>
    <message>
        <source>&amp;Copy the words</source>
        <translation>&amp;Copiar las palabras</translation>
    </message>
    <message>
        <source>Copy the words to the clipboard</source>
        <translation>Copiar las palabras al portapapeles</translation>
    </message>
    <message>
        <source>What did you do with the wish to reach out?</source>
        <translation>¿Qué hiciste con las ganas de acercarte a alguien?</translation>
    </message>
    <message>
        <source>I haven&apos;t acted on it (for now)</source>
        <translation>No he actuado (por ahora)</translation>
    </message>
    <message>
        <source>I reached out after the pause</source>
        <translation>Me acerqué después de la pausa</translation>
    </message>
    <message>
        <source>I reached out before the pause was over</source>
        <translation>Me acerqué antes de que terminara la pausa</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes after it began</source>
        <translation>
            <numerusform>%n minuto después de que empezara</numerusform>
            <numerusform>%n minutos después de que empezara</numerusform>
        </translation>
    </message>
    <message>
        <source>How long after the urge began I reached out</source>
        <translation>Cuánto tiempo después de que empezara el impulso me acerqué</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Cuán&amp;do:</translation>
    </message>
    <message>
        <source>&amp;Finish and save</source>
        <translation>&amp;Terminar y guardar</translation>
    </message>
    <message>
        <source>Finish and save this pause</source>
        <translation>Terminar y guardar esta pausa</translation>
    </message>
    <message>
        <source>Begin with: %1</source>
        <translation>Empezar con: %1</translation>
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
        <translation>Algo que puedo ver</translation>
    </message>
    <message>
        <source>Thing I can see, %1 of 5</source>
        <translation>Cosa que puedo ver, %1 de 5</translation>
    </message>
    <message>
        <source>&amp;Keep these words in my journal</source>
        <translation>&amp;Guardar estas palabras en mi diario</translation>
    </message>
    <message>
        <source>Keep the five things in the journal</source>
        <translation>Guardar las cinco cosas en el diario</translation>
    </message>
</context>
<context>
    <name>OutcomeLabel</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacerPage</name>
    <message>
        <source>Slow breathing</source>
        <translation>Respiración lenta</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Patrón de respiración</translation>
    </message>
    <message>
        <source>Longer out-breath: in 4, out 8</source>
        <translation>Exhalación larga: inhala 4, exhala 8</translation>
    </message>
    <message>
        <source>4-7-8: in 4, hold 7, out 8</source>
        <translation>4-7-8: inhala 4, retén 7, exhala 8</translation>
    </message>
    <message>
        <source>Box: in 4, hold 4, out 4, hold 4</source>
        <translation>Cuadrada: inhala 4, retén 4, exhala 4, retén 4</translation>
    </message>
    <message>
        <source>Even: in 5.5, out 5.5</source>
        <translation>Equilibrada: inhala 5,5, exhala 5,5</translation>
    </message>
    <message>
        <source>My own pattern…</source>
        <translation>Mi propio patrón…</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>&amp;Patrón</translation>
    </message>
    <message>
        <source>&amp;In</source>
        <translation>&amp;Inhala</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Retén</translation>
    </message>
    <message>
        <source>&amp;Out</source>
        <translation>E&amp;xhala</translation>
    </message>
    <message>
        <source>Hol&amp;d</source>
        <translation>Re&amp;tén</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no hold</source>
        <translation>sin retener</translation>
    </message>
    <message>
        <source>Seconds breathing in</source>
        <translation>Segundos inhalando</translation>
    </message>
    <message>
        <source>Seconds holding after the in-breath</source>
        <translation>Segundos reteniendo tras inhalar</translation>
    </message>
    <message>
        <source>Seconds breathing out</source>
        <translation>Segundos exhalando</translation>
    </message>
    <message>
        <source>Seconds holding after the out-breath</source>
        <translation>Segundos reteniendo tras exhalar</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Duración de la sesión</translation>
    </message>
    <message>
        <source>Until I stop</source>
        <translation>Hasta que pare</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <source>How many minutes or breaths</source>
        <translation>Cuántos minutos o respiraciones</translation>
    </message>
    <message>
        <source>Pattern problem</source>
        <translation>Problema con el patrón</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop breathing (Esc)</source>
        <translation>Detener la respiración guiada (Esc)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla c&amp;ompleta</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Pantalla completa (F11)</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>Reducir &amp;movimiento</translation>
    </message>
    <message>
        <source>Reduce motion: a still cue instead of a moving circle</source>
        <translation>Reducir movimiento: una señal quieta en lugar de un círculo que se mueve</translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation>
            <numerusform>%n respiración</numerusform>
            <numerusform>%n respiraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That pattern can&apos;t be used: a hold is either off (0) or at least %n second.</source>
        <translation>
            <numerusform>Ese patrón no se puede usar: una retención o está desactivada (0) o dura al menos %n segundo.</numerusform>
            <numerusform>Ese patrón no se puede usar: una retención o está desactivada (0) o dura al menos %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>That pattern can&apos;t be used: each part lasts from %1 to %2 seconds.</source>
        <translation>Ese patrón no se puede usar: cada parte dura de %1 a %2 segundos.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Comenzar</translation>
    </message>
    <message>
        <source>Start breathing (Space)</source>
        <translation>Empezar la respiración guiada (Espacio)</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Comenzar otra vez</translation>
    </message>
    <message>
        <source>Start again (Space)</source>
        <translation>Comenzar otra vez (Espacio)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pau&amp;sa</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Seguir (Espacio)</translation>
    </message>
</context>
<context>
    <name>PacerWidget</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retén</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>A punto</translation>
    </message>
    <message>
        <source>Press Space or Start when you are ready</source>
        <translation>Pulsa Espacio o Comenzar cuando quieras</translation>
    </message>
    <message>
        <source>1 breath</source>
        <translation>1 respiración</translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation>
            <numerusform>%n respiración</numerusform>
            <numerusform>%n respiraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>Breath %1</source>
        <translation>Respiración %1</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Respiración %1 de %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>the phase, then the breath count</comment>
        <translation>%1. %2</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation>Planes anteriores</translation>
    </message>
    <message>
        <source>The plan&apos;s fourteen days</source>
        <translation>Los catorce días del plan</translation>
    </message>
    <message>
        <source>The plan&apos;s review</source>
        <translation>El repaso del plan</translation>
    </message>
</context>
<context>
    <name>PauseStepStack</name>
    <message>
        <source>20-minute pause</source>
        <translation>Pausa de 20 minutos</translation>
    </message>
    <message>
        <source>Steps of the pause</source>
        <translation>Pasos de la pausa</translation>
    </message>
    <message>
        <source>time to check in</source>
        <translation>momento de ver cómo estás</translation>
    </message>
    <message>
        <source>Your pause is over. Come back to Healer when you&apos;re ready.</source>
        <translation>Tu pausa ha terminado. Vuelve a Healer cuando quieras.</translation>
    </message>
    <message>
        <source>Your pause is over</source>
        <translation>Tu pausa ha terminado</translation>
    </message>
    <message>
        <source>Come back to Healer when you&apos;re ready.</source>
        <translation>Vuelve a Healer cuando quieras.</translation>
    </message>
    <message>
        <source>Your list could not be kept just now.</source>
        <translation>Ahora mismo no se ha podido guardar tu lista.</translation>
    </message>
</context>
<context>
    <name>PauseTab</name>
    <message>
        <source>The pause could not be saved just now.</source>
        <translation>Ahora mismo no se ha podido guardar la pausa.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>A few words about what set it off are enough.</source>
        <translation>Bastan unas palabras sobre el detonante.</translation>
    </message>
    <message>
        <source>The new entry could not be saved just now.</source>
        <translation>Ahora mismo no se ha podido guardar la entrada nueva.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. There is no hurry to send it; you can sit with it first. Healer takes it off the clipboard after %n seconds.</source>
        <translation>
            <numerusform>Copiado. No hay prisa por enviarlo; puedes quedarte un rato con ello primero. Healer lo quita del portapapeles dentro de %n segundo.</numerusform>
            <numerusform>Copiado. No hay prisa por enviarlo; puedes quedarte un rato con ello primero. Healer lo quita del portapapeles dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied. There is no hurry to send it; you can sit with it first.</source>
        <translation>Copiado. No hay prisa por enviarlo; puedes quedarte un rato con ello primero.</translation>
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
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Begin %1</source>
        <translation>Empezar: %1</translation>
    </message>
    <message>
        <source>I&apos;m &amp;done</source>
        <translation>He &amp;acabado</translation>
    </message>
    <message>
        <source>Finish %1</source>
        <translation>Terminar: %1</translation>
    </message>
</context>
<context>
    <name>PracticeHistoryPage</name>
    <message>
        <source>Practice history</source>
        <translation>Historial de prácticas</translation>
    </message>
    <message>
        <source>Practices you saved</source>
        <translation>Prácticas que has guardado</translation>
    </message>
    <message>
        <source>Saved practices, newest first</source>
        <translation>Prácticas guardadas, las más recientes primero</translation>
    </message>
    <message>
        <source>The practices could not be read just now.</source>
        <translation>Ahora mismo no se han podido leer las prácticas.</translation>
    </message>
    <message>
        <source>Nothing saved yet. After a practice, choose Save and it is listed here, with how strong the feeling was and any words you kept.</source>
        <translation>Todavía no hay nada guardado. Después de una práctica, elige Guardar y aparecerá aquí, con la intensidad de lo que sentías y las palabras que quisiste conservar.</translation>
    </message>
    <message>
        <source>The latest %1 practices.</source>
        <translation>Las últimas %1 prácticas.</translation>
    </message>
    <message>
        <source>Practices saved: %1</source>
        <translation>Prácticas guardadas: %1</translation>
    </message>
    <message>
        <source>How strong: %1 before, %2 after</source>
        <translation>Intensidad: %1 antes, %2 después</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Your words: %1</source>
        <translation>Tus palabras: %1</translation>
    </message>
</context>
<context>
    <name>PracticePlanPanel</name>
    <message>
        <source>One practice for two weeks</source>
        <translation>Una práctica durante dos semanas</translation>
    </message>
    <message>
        <source>Earlier p&amp;lans…</source>
        <translation>P&amp;lanes anteriores…</translation>
    </message>
    <message>
        <source>Read earlier plans and their reviews</source>
        <translation>Leer los planes anteriores y sus repasos</translation>
    </message>
    <message>
        <source>Pick one practice and give it two weeks before you judge it. Healer fills in the days it can see in your records; you mark the rest yourself.</source>
        <translation>Elige una práctica y dale dos semanas antes de juzgarla. Healer marca los días que puede ver en tus registros; el resto lo marcas tú.</translation>
    </message>
    <message>
        <source>Practice for the two weeks</source>
        <translation>Práctica para las dos semanas</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format: weekday day month year</comment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>First day of the plan</source>
        <translation>Primer día del plan</translation>
    </message>
    <message>
        <source>&amp;Start the two weeks</source>
        <translation>&amp;Empezar las dos semanas</translation>
    </message>
    <message>
        <source>Practi&amp;ce:</source>
        <translation>Prá&amp;ctica:</translation>
    </message>
    <message>
        <source>Fi&amp;rst day:</source>
        <translation>P&amp;rimer día:</translation>
    </message>
    <message>
        <source>The fourteen days of the plan</source>
        <translation>Los catorce días del plan</translation>
    </message>
    <message>
        <source>Healer saw it in your records today.</source>
        <translation>Healer lo ha visto hoy en tus registros.</translation>
    </message>
    <message>
        <source>I did it t&amp;oday</source>
        <translation>Lo hice ho&amp;y</translation>
    </message>
    <message>
        <source>I did it today</source>
        <translation>Lo hice hoy</translation>
    </message>
    <message>
        <source>For what Healer cannot see, such as a practice done away from the app.</source>
        <translation>Para lo que Healer no puede ver, como una práctica hecha fuera de la aplicación.</translation>
    </message>
    <message>
        <source>Set this plan &amp;aside…</source>
        <translation>&amp;Dejar este plan a un lado…</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Tu repaso</translation>
    </message>
    <message>
        <source>What would you like to do now?</source>
        <translation>¿Qué te gustaría hacer ahora?</translation>
    </message>
    <message>
        <source>&amp;Keep going for two more weeks</source>
        <translation>&amp;Seguir dos semanas más</translation>
    </message>
    <message>
        <source>Practice to switch to</source>
        <translation>Práctica a la que cambiar</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>Ca&amp;mbiar</translation>
    </message>
    <message>
        <source>Switch to the practice chosen</source>
        <translation>Cambiar a la práctica elegida</translation>
    </message>
    <message>
        <source>Sto&amp;p here</source>
        <translation>&amp;Parar aquí</translation>
    </message>
    <message>
        <source>Your practice: %1</source>
        <translation>Tu práctica: %1</translation>
    </message>
    <message>
        <source>Your two weeks with %1</source>
        <translation>Tus dos semanas con %1</translation>
    </message>
    <message numerus="yes">
        <source>The first day can be at most %n days ahead.</source>
        <translation>
            <numerusform>El primer día puede estar como mucho a %n día de hoy.</numerusform>
            <numerusform>El primer día puede estar como mucho a %n días de hoy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first day can be at most %n days ago, so the plan is under way.</source>
        <translation>
            <numerusform>El primer día puede ser como mucho hace %n día, para que el plan esté en curso.</numerusform>
            <numerusform>El primer día puede ser como mucho hace %n días, para que el plan esté en curso.</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan can&apos;t be saved: %1</source>
        <translation>Este plan no se puede guardar: %1</translation>
    </message>
    <message>
        <source>Plan started. Two weeks, one practice.</source>
        <translation>Plan en marcha. Dos semanas, una práctica.</translation>
    </message>
    <message>
        <source>Marked for today.</source>
        <translation>Marcado para hoy.</translation>
    </message>
    <message>
        <source>Today&apos;s mark taken back.</source>
        <translation>Quitada la marca de hoy.</translation>
    </message>
    <message>
        <source>Set this plan aside?</source>
        <translation>¿Dejar este plan a un lado?</translation>
    </message>
    <message>
        <source>Its days stay readable under Earlier plans, and you can start another.</source>
        <translation>Sus días seguirán a mano en Planes anteriores, y puedes empezar otro.</translation>
    </message>
    <message>
        <source>Plan set aside.</source>
        <translation>Plan dejado a un lado.</translation>
    </message>
    <message>
        <source>Two more weeks, starting today.</source>
        <translation>Dos semanas más, desde hoy.</translation>
    </message>
    <message>
        <source>A new two weeks with %1.</source>
        <translation>Dos semanas nuevas con %1.</translation>
    </message>
    <message>
        <source>The plan has ended.</source>
        <translation>El plan ha terminado.</translation>
    </message>
</context>
<context>
    <name>PracticeTimer</name>
    <message>
        <source>No timer</source>
        <translation>Sin temporizador</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timer length in minutes</source>
        <translation>Duración del temporizador en minutos</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Temporizador</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo que queda</translation>
    </message>
    <message>
        <source>Time&apos;s up. Take one more slow breath.</source>
        <translation>Se acabó el tiempo. Respira despacio una vez más.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use (0 for never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the &amp;screen locks or the computer sleeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take copied words off the clipboard after this many seconds (0 for never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear copied words after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;automatic backups (at most once a day, after a change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default: beside your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB stick or a synced folder keeps a copy away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause and practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length a pause starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce &amp;motion: a still breathing cue instead of a moving circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
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
        <translation>Qué intensidad tiene ahora</translation>
    </message>
    <message>
        <source>How strong is it &amp;now?</source>
        <translation>¿Qué intensidad tiene a&amp;hora?</translation>
    </message>
    <message>
        <source>Is the wish to reach out still there?</source>
        <translation>¿Siguen ahí las ganas de acercarte a alguien?</translation>
    </message>
    <message>
        <source>&amp;Yes, I still want to reach out</source>
        <translation>&amp;Sí, todavía quiero acercarme</translation>
    </message>
    <message>
        <source>Yes, the wish to reach out is still there</source>
        <translation>Sí, las ganas de acercarme siguen ahí</translation>
    </message>
    <message>
        <source>No, it has &amp;eased</source>
        <translation>&amp;No, se han suavizado</translation>
    </message>
    <message>
        <source>No, the wish to reach out has eased</source>
        <translation>No, las ganas de acercarme se han suavizado</translation>
    </message>
    <message>
        <source>The episode has &amp;settled: note the time</source>
        <translation>La activación ya se ha &amp;calmado: anotar la hora</translation>
    </message>
    <message>
        <source>Mark the linked episode as settled</source>
        <translation>Marcar la activación vinculada como calmada</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Set this pause &amp;aside</source>
        <translation>&amp;Dejar esta pausa a un lado</translation>
    </message>
    <message>
        <source>Set this pause aside</source>
        <translation>Dejar esta pausa a un lado</translation>
    </message>
    <message>
        <source>Your pause came to its end while Healer was closed or locked.</source>
        <translation>Tu pausa llegó a su fin mientras Healer estaba cerrado o bloqueado.</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>in %1</source>
        <translation>inhala %1</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>retén %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>exhala %1</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Save this practice</source>
        <translation>Guardar esta práctica</translation>
    </message>
    <message>
        <source>Save this practice?</source>
        <translation>¿Guardar esta práctica?</translation>
    </message>
    <message>
        <source>Practice summary</source>
        <translation>Resumen de la práctica</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>G&amp;uardar</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Don&apos;t save this practice</source>
        <translation>No guardar esta práctica</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Link to an activation</source>
        <translation>Vincular a una activación</translation>
    </message>
    <message>
        <source>How strong was it &amp;before? (0–10)</source>
        <translation>¿Qué intensidad tenía an&amp;tes? (0–10)</translation>
    </message>
    <message>
        <source>And &amp;now?</source>
        <translation>¿&amp;Y ahora?</translation>
    </message>
    <message>
        <source>&amp;Link to</source>
        <translation>&amp;Vincular a</translation>
    </message>
    <message>
        <source>&amp;Keep these words in my journal</source>
        <translation>&amp;Guardar estas palabras en mi diario</translation>
    </message>
    <message>
        <source>Keep the words you typed in the journal</source>
        <translation>Guardar en el diario las palabras que escribiste</translation>
    </message>
    <message>
        <source>The words you typed</source>
        <translation>Las palabras que escribiste</translation>
    </message>
    <message>
        <source>No episode</source>
        <translation>Ninguna activación</translation>
    </message>
    <message>
        <source>Still open: %1 (%2)</source>
        <translation>Sigue abierta: %1 (%2)</translation>
    </message>
    <message>
        <source>Settled: %1 (%2)</source>
        <translation>Ya calmada: %1 (%2)</translation>
    </message>
    <message>
        <source>The practice could not be saved: %1</source>
        <translation>No se ha podido guardar la práctica: %1</translation>
    </message>
</context>
<context>
    <name>RegulateTab</name>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Practice &amp;history</source>
        <translation>&amp;Historial de prácticas</translation>
    </message>
    <message>
        <source>Show the practices you saved</source>
        <translation>Mostrar las prácticas que has guardado</translation>
    </message>
    <message>
        <source>Two-week pla&amp;n</source>
        <translation>Pla&amp;n de dos semanas</translation>
    </message>
    <message>
        <source>Show your two-week plan</source>
        <translation>Mostrar tu plan de dos semanas</translation>
    </message>
    <message>
        <source>Practice saved. Thank you for looking after yourself.</source>
        <translation>Práctica guardada. Gracias por cuidarte.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase this backup was made with. It may be an older one, if you changed your passphrase since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces your journal with this backup. Your current vault is kept beside it under a dated name (%1.before-restore-…), so nothing is lost. Afterwards Healer opens with the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this backup. It may be the one you used before your last change of passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>I&apos;m activated: begin a pause</source>
        <translation>Me he activado: empezar una pausa</translation>
    </message>
    <message>
        <source>Begin a pause</source>
        <translation>Empezar una pausa</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A from anywhere</source>
        <translation>Ctrl+Mayús+A desde cualquier sitio</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Length of the pause in minutes</source>
        <translation>Duración de la pausa en minutos</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes</source>
        <translation>De %1 a %2 minutos</translation>
    </message>
    <message>
        <source>&amp;Length of a pause:</source>
        <translation>&amp;Duración de una pausa:</translation>
    </message>
    <message>
        <source>from %1 to %2 minutes</source>
        <translation>de %1 a %2 minutos</translation>
    </message>
    <message>
        <source>Pauses seen through</source>
        <translation>Pausas completadas</translation>
    </message>
    <message>
        <source>Each pause you see through is kept here, quietly.</source>
        <translation>Cada pausa que completas se guarda aquí, en silencio.</translation>
    </message>
    <message>
        <source>Pauses seen through so far: %1</source>
        <translation>Pausas completadas hasta ahora: %1</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength hint</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Healer locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase, then press Unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open the journal. Take your time and try again.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"> min</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the vault is damaged (some pages fail their checks). You can read and export what is still readable; restore a backup before writing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can read and export, but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>What I told myself</source>
        <translation>Lo que me dije</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pausar el temporizador</translation>
    </message>
    <message>
        <source>I&apos;m ready to check in &amp;now</source>
        <translation>&amp;Ya quiero ver cómo estoy</translation>
    </message>
    <message>
        <source>Check in now, before the time is up</source>
        <translation>Ver cómo estoy ahora, antes de que se acabe el tiempo</translation>
    </message>
    <message>
        <source>&amp;Set this pause aside</source>
        <translation>&amp;Dejar esta pausa a un lado</translation>
    </message>
    <message>
        <source>Set this pause aside</source>
        <translation>Dejar esta pausa a un lado</translation>
    </message>
    <message>
        <source>Move your body</source>
        <translation>Mueve el cuerpo</translation>
    </message>
    <message>
        <source>Open the breathing &amp;pacer</source>
        <translation>Abrir la &amp;guía de respiración</translation>
    </message>
    <message>
        <source>Open the breathing pacer</source>
        <translation>Abrir la guía de respiración</translation>
    </message>
    <message>
        <source>Something absorbing</source>
        <translation>Algo que te absorba</translation>
    </message>
    <message>
        <source>Things that absorb me</source>
        <translation>Cosas que me absorben</translation>
    </message>
    <message>
        <source>Add one, then Enter</source>
        <translation>Añade y pulsa Intro</translation>
    </message>
    <message>
        <source>Add something that absorbs me</source>
        <translation>Añadir algo que me absorbe</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen item</source>
        <translation>Quitar lo elegido</translation>
    </message>
    <message>
        <source>Nothing here yet. Add a few things that usually hold your attention: a puzzle, a recipe, a game, a song to learn.</source>
        <translation>Aquí no hay nada todavía. Añade unas cuantas cosas que suelan atrapar tu atención: un rompecabezas, una receta, un juego, una canción que aprender.</translation>
    </message>
    <message>
        <source>If the story starts replaying</source>
        <translation>Si la historia empieza a repetirse</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Reanudar el temporizador</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down a new activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the journal and ask for the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt the journal with a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking, backups, the pause and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Healer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breathing pacer, from anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m &amp;activated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin a pause before reaching out (the 20-minute pause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted, checked copy of your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your journal with a backup; the current one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healer &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the roadmap works, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Healer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your journal to a file to read, print or import elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the entries of a Healer JSON export, with a preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the &amp;vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the vault is whole and its encryption intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Healer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private, offline companion for healing anxious attachment. Everything stays on this computer, in one encrypted file.

Healer is a self-help journal, not a medical device or a substitute for therapy. If you are in crisis, please contact your local emergency services or a crisis line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PlaintextWarning</name>
    <message>
        <source>&lt;b&gt;This file is not encrypted&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can open it can read your journal. Keep it somewhere private, not in a shared or synced folder, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not encrypted</source>
        <translation type="unfinished"></translation>
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
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Name it</source>
        <translation>Ponle nombre</translation>
    </message>
    <message>
        <source>Say the words below out loud, or read them slowly. Change them until they sound like you; Healer keeps your version for next time.</source>
        <translation>Di en voz alta las palabras de abajo, o léelas despacio. Cámbialas hasta que suenen a ti; Healer guarda tu versión para la próxima vez.</translation>
    </message>
    <message>
        <source>Say it as a need</source>
        <translation>Dilo como una necesidad</translation>
    </message>
    <message>
        <source>If you still want to reach out, find words that share what you need instead of asking for proof. Healer never sends anything; the words stay here unless you copy them.</source>
        <translation>Si todavía quieres acercarte a alguien, busca palabras que compartan lo que necesitas en lugar de pedir pruebas. Healer nunca envía nada; las palabras se quedan aquí a menos que las copies.</translation>
    </message>
    <message>
        <source>Check in with yourself</source>
        <translation>Mira cómo estás</translation>
    </message>
    <message>
        <source>Take a slow breath before you answer. There is no right number.</source>
        <translation>Respira despacio antes de responder. No hay un número correcto.</translation>
    </message>
    <message>
        <source>A pause before you reach out</source>
        <translation>Una pausa antes de acercarte a alguien</translation>
    </message>
    <message>
        <source>When the pull to send a message, check their status or ask for reassurance gets strong, give your body a set time first. The wave usually eases within about twenty minutes if nothing new stirs it. You can still reach out afterwards, from a steadier place.</source>
        <translation>Cuando aprieta el impulso de mandar un mensaje, mirar si está en línea o pedir que te tranquilicen, dale primero a tu cuerpo un tiempo fijo. La ola suele bajar en unos veinte minutos si nada nuevo la remueve. Después puedes acercarte igualmente, desde un lugar más firme.</translation>
    </message>
    <message>
        <source>Let it pass</source>
        <translation>Deja que pase</translation>
    </message>
    <message>
        <source>I am activated right now. This is my old alarm going off, not a measure of what is really happening. I can let it be loud for a while without acting on it.</source>
        <translation>Ahora mismo me he activado. Es mi vieja alarma que se dispara, no una medida de lo que está pasando de verdad. Puedo dejar que suene fuerte un rato sin actuar por ella.</translation>
    </message>
    <message>
        <source>Let your body spend the alarm: walk around the room or the block, shake out your hands, climb a flight of stairs, or tap left and right with the breathing pacer.</source>
        <translation>Deja que tu cuerpo gaste la alarma: camina por la habitación o da una vuelta a la manzana, sacude las manos, sube un tramo de escaleras o da toques a izquierda y derecha con la guía de respiración.</translation>
    </message>
    <message>
        <source>Pick something that fills your attention: your own list, kept only in this journal.</source>
        <translation>Elige algo que te llene la atención: tu propia lista, guardada solo en este diario.</translation>
    </message>
    <message>
        <source>If your mind starts rehearsing messages or replaying the silence, that is the alarm talking. Notice it kindly and come back to what your hands are doing.</source>
        <translation>Si tu mente empieza a ensayar mensajes o a darle vueltas al silencio, es la alarma la que habla. Nótalo con amabilidad y vuelve a lo que están haciendo tus manos.</translation>
    </message>
    <message>
        <source>I noticed I felt unsettled when </source>
        <translation>Me di cuenta de que me inquieté cuando </translation>
    </message>
    <message>
        <source>What would help me feel close is </source>
        <translation>Lo que me ayudaría a sentirte cerca es </translation>
    </message>
    <message>
        <source>Would you be open to </source>
        <translation>¿Te parecería bien </translation>
    </message>
    <message>
        <source>I&apos;m not asking you to fix it; I wanted you to know that </source>
        <translation>No te pido que lo arregles; quería que supieras que </translation>
    </message>
    <message>
        <source>When you have a moment, could we </source>
        <translation>Cuando tengas un momento, ¿podríamos </translation>
    </message>
    <message>
        <source>That is your twelfth pause seen through. The early ones are the hardest ones, and you kept going through them.</source>
        <translation>Es la duodécima pausa que completas. Las primeras son las más difíciles, y seguiste adelante con ellas.</translation>
    </message>
    <message>
        <source>Fifty pauses seen through. This is the stretch where many people find the alarm quieting sooner; your own charts will show how it goes for you.</source>
        <translation>Cincuenta pausas completadas. En este tramo mucha gente nota que la alarma se calma antes; tus propios gráficos te mostrarán cómo va en tu caso.</translation>
    </message>
</context>
<context>
    <name>practice_plan</name>
    <message>
        <source>The 20-minute pause</source>
        <translation>La pausa de 20 minutos</translation>
    </message>
    <message>
        <source>A dialogue with a young part</source>
        <translation>Un diálogo con una parte joven</translation>
    </message>
    <message>
        <source>Logging each activation</source>
        <translation>Anotar cada activación</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format: weekday day month</comment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>It starts on %1.</source>
        <translation>Empieza el %1.</translation>
    </message>
    <message>
        <source>Day %1 of %2, since %3.</source>
        <translation>Día %1 de %2, desde el %3.</translation>
    </message>
    <message>
        <source>No day marked yet.</source>
        <translation>Aún no hay ningún día marcado.</translation>
    </message>
    <message numerus="yes">
        <source>Done on %n days so far.</source>
        <translation>
            <numerusform>Lo has hecho %n día hasta ahora.</numerusform>
            <numerusform>Lo has hecho %n días hasta ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>A day without it is simply a day. This plan waits here whenever you come back.</source>
        <translation>Un día sin hacerlo es solo un día. Este plan te espera aquí para cuando vuelvas.</translation>
    </message>
    <message>
        <source>These days went by without it. That is worth knowing too, and nothing is lost.</source>
        <translation>Estos días pasaron sin hacerlo. Eso también vale la pena saberlo, y no se pierde nada.</translation>
    </message>
    <message>
        <source>You did it on %1 of the %2 days: Healer saw %3 in your records, and you marked %4 yourself.</source>
        <translation>Lo hiciste %1 de los %2 días: Healer vio %3 en tus registros y tú marcaste %4.</translation>
    </message>
    <message>
        <source>%1 keeps no rating before and after, so there is none to compare.</source>
        <translation>%1 no guarda una valoración de antes y después, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <source>You did not note how stirred up you were before and after, so there is nothing to compare there.</source>
        <translation>No anotaste cuánta agitación sentías antes y después, así que ahí no hay nada que comparar.</translation>
    </message>
    <message numerus="yes">
        <source>On the %n times you noted it, you were usually around %1 out of 10 before and %2 after.</source>
        <translation>
            <numerusform>Lo anotaste %n vez: estabas en torno a %1 de 10 antes y %2 después.</numerusform>
            <numerusform>Lo anotaste %n veces: solías estar en torno a %1 de 10 antes y %2 después.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settled activations lasted %1 (the median) in the two weeks before, and %2 in these. Two weeks hold many things besides one practice: take it as a hint, not a verdict.</source>
        <translation>Las activaciones que se calmaron duraron %1 (la mediana) en las dos semanas anteriores, y %2 en estas. En dos semanas pasan muchas cosas además de una práctica: tómalo como una pista, no como un veredicto.</translation>
    </message>
    <message numerus="yes">
        <source>There were %n settled activations in the two weeks before and %1 in these: too few to say whether they got shorter.</source>
        <translation>
            <numerusform>Hubo %n activación que se calmó en las dos semanas anteriores y %1 en estas: demasiado pocas para decir si se han acortado.</numerusform>
            <numerusform>Hubo %n activaciones que se calmaron en las dos semanas anteriores y %1 en estas: demasiado pocas para decir si se han acortado.</numerusform>
        </translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>kept going</source>
        <translation>continuó</translation>
    </message>
    <message>
        <source>switched</source>
        <translation>cambió de práctica</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>se dejó</translation>
    </message>
    <message>
        <source>%1, from %2 (%3)</source>
        <translation>%1, desde el %2 (%3)</translation>
    </message>
    <message>
        <source>No day done yet.</source>
        <translation>Todavía no hay ningún día hecho.</translation>
    </message>
    <message>
        <source>Done on: %1.</source>
        <translation>Días hechos: %1.</translation>
    </message>
    <message>
        <source>%1
from %2 · %3</source>
        <translation>%1
desde el %2 · %3</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format: day month year</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <source>It is built on a password many people use. A short sentence of your own is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well-known phrases, and words about Healer itself, are tried first. Put together words only you would choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are among the first things tried. Add a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One common word is found quickly. Add a few more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-alike swaps such as @ for a or 0 for o are tried too. A few more words help far more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words spelled backwards are tried too. Add a few more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys next to each other, like qwerty, are tried early. Use words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeating a word or a character adds little. Use different words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs like abc or 1234 are tried early. Use words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years and dates are easy to guess. Add a few words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two; unusual words work best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer is stronger: a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: it would take some effort to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong. Write it down somewhere safe until you know it by heart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please choose a passphrase of at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase would be too easy to guess, so it cannot protect your journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Your path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20-minute pause</source>
        <translation type="unfinished">Pausa de 20 minutos</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healer is a self-help journal. It is not therapy and not a crisis service. If you are in crisis, please contact your local emergency services or a crisis line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
