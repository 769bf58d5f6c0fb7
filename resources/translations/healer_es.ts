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
        <translation type="unfinished">%1 (%2)</translation>
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
        <translation type="unfinished">La acogida</translation>
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
        <translation type="unfinished">%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished">%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished">%1 h</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished">%1 %</translation>
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
        <source>Myself</source>
        <translation type="unfinished">Yo</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation type="unfinished">Momentos</translation>
    </message>
    <message>
        <source>Met with care</source>
        <translation type="unfinished">Te recibieron con cuidado</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation type="unfinished">Te recibieron a medias</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">No te vieron</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation type="unfinished">Te hicieron daño</translation>
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
    <name>Charts</name>
    <message numerus="yes">
        <source>%1: %n moments in this period, %2 met with care (%3%), %4 partly met, %5 missed and %6 that hurt.</source>
        <translation>
            <numerusform>%1: %n momento en este periodo; en %2 te recibieron con cuidado (%3 %), en %4 a medias, en %5 no te vieron y en %6 te hicieron daño.</numerusform>
            <numerusform>%1: %n momentos en este periodo; en %2 te recibieron con cuidado (%3 %), en %4 a medias, en %5 no te vieron y en %6 te hicieron daño.</numerusform>
        </translation>
    </message>
    <message>
        <source>Being met</source>
        <translation>La acogida</translation>
    </message>
    <message>
        <source>Whose moments</source>
        <translation>De quién son los momentos</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>The charts could not be read from the vault.</source>
        <translation>No se pudieron leer los gráficos de tu diario.</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message>
        <source>This chart could not be drawn.</source>
        <translation>No se pudo dibujar este gráfico.</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Preparando el gráfico…</translation>
    </message>
    <message>
        <source>How long activations last</source>
        <translation>Cuánto dura una activación</translation>
    </message>
    <message>
        <source>Top triggers</source>
        <translation>Los detonantes más frecuentes</translation>
    </message>
    <message>
        <source>How strong activations are</source>
        <translation>Con qué intensidad te activas</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Lo que te ayuda</translation>
    </message>
    <message>
        <source>The gap between urge and action</source>
        <translation>El espacio entre el impulso y la acción</translation>
    </message>
    <message>
        <source>20-minute pauses completed</source>
        <translation>Pausas de 20 minutos completadas</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>a short month and its year on a date axis, as a Qt date format</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>a day on a date axis, as a Qt date format</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Each episode</source>
        <translation>Cada episodio</translation>
    </message>
    <message>
        <source>Monthly median</source>
        <translation>Mediana mensual</translation>
    </message>
    <message>
        <source>14-day median</source>
        <translation>Mediana de 14 días</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Peak intensity (0–10)</source>
        <translation>Intensidad máxima (0–10)</translation>
    </message>
    <message>
        <source>Pauses completed</source>
        <translation>Pausas completadas</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 · %n uses</source>
        <translation>
            <numerusform>%1 → %2 · %n uso</numerusform>
            <numerusform>%1 → %2 · %n usos</numerusform>
        </translation>
    </message>
    <message>
        <source>Typical drop in intensity (points, before minus after)</source>
        <translation>Bajada típica de la intensidad (puntos, antes menos después)</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>a month under a bar, as a Qt date format</comment>
        <translation>MMM yy</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momentos</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <source>Save the chart “%1” as a file</source>
        <translation>Guardar el gráfico “%1” como archivo</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Guardar este gráfico como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1: aún no hay nada que mostrar</translation>
    </message>
    <message>
        <source>Summary of “%1”</source>
        <translation>Resumen de “%1”</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The chart could not be saved. %1</source>
        <translation>No se pudo guardar el gráfico. %1</translation>
    </message>
    <message>
        <source>Chart saved as %1 in %2 (only you can open it)</source>
        <translation>Gráfico guardado como %1 en %2 (solo tú puedes abrirlo)</translation>
    </message>
    <message>
        <source>Last 2 weeks</source>
        <translation>Últimas 2 semanas</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Choose days…</source>
        <translation>Elegir días…</translation>
    </message>
    <message>
        <source>In this range</source>
        <translation>En este periodo</translation>
    </message>
    <message>
        <source>First two weeks of tracking</source>
        <translation>Las dos primeras semanas de registro</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde el principio</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Which episodes to count</source>
        <translation>Qué episodios contar</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Reading your vault…</source>
        <translation>Leyendo tu diario…</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month and its year, as a Qt date format</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a whole percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <comment>hours and minutes on an axis</comment>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>20-minute pause</source>
        <translation>Pausa de 20 minutos</translation>
    </message>
    <message>
        <source>Acted at once</source>
        <translation>Actuaste enseguida</translation>
    </message>
    <message>
        <source>Acted after a pause</source>
        <translation>Actuaste tras una pausa</translation>
    </message>
    <message>
        <source>Not acted on</source>
        <translation>No actuaste</translation>
    </message>
    <message>
        <source>Your median activation lasted %1 in %2 and %3 in %4.</source>
        <translation>Tus activaciones duraron, en mediana, %1 en %2 y %3 en %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n settled episodes; the typical one lasted %1.</source>
        <translation>
            <numerusform>Un episodio que ya se calmó; duró %1.</numerusform>
            <numerusform>%n episodios que ya se calmaron; el típico duró %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A 14-day median line appears once two weeks hold three settled episodes.</source>
        <translation>La línea de la mediana de 14 días aparece cuando en dos semanas hay tres episodios que ya se calmaron.</translation>
    </message>
    <message numerus="yes">
        <source>%n episodes have not settled yet, so they are not drawn.</source>
        <translation>
            <numerusform>Un episodio aún no se ha calmado, así que no aparece en el gráfico.</numerusform>
            <numerusform>%n episodios aún no se han calmado, así que no aparecen en el gráfico.</numerusform>
        </translation>
    </message>
    <message>
        <source>The typical peak was %1 out of 10 in %2 and %3 in %4.</source>
        <translation>En su punto más alto, la intensidad típica fue de %1 sobre 10 en %2 y de %3 en %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n episodes; the typical peak was %1 out of 10.</source>
        <translation>
            <numerusform>Un episodio; en su punto más alto llegó a %1 sobre 10.</numerusform>
            <numerusform>%n episodios; en su punto más alto, la intensidad típica fue de %1 sobre 10.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of your activations came from: %2.</source>
        <translation>El %1 de tus activaciones vino de: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 categories reach the %2 line.</source>
        <translation>
            <numerusform>%n de %1 tipos de detonante llega a la línea del %2.</numerusform>
            <numerusform>%n de %1 tipos de detonante llegan a la línea del %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 brought the feeling down the most: typically %2 points (%n uses).</source>
        <translation>
            <numerusform>%1 es lo que más bajó la intensidad: normalmente %2 puntos (%n uso).</numerusform>
            <numerusform>%1 es lo que más bajó la intensidad: normalmente %2 puntos (%n usos).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Too few uses with before and after to say yet: %1.</source>
        <translation>Todavía hay pocos usos con un antes y un después para sacar algo en claro: %1.</translation>
    </message>
    <message>
        <source>In %1, %2 of urges were acted on at once and %3 not at all.</source>
        <translation>En %1 actuaste enseguida ante el %2 de los impulsos, y ante el %3 no actuaste.</translation>
    </message>
    <message>
        <source>%1 of urges were acted on at once in %2, and %3 in %4.</source>
        <translation>Actuaste enseguida ante el %1 de los impulsos en %2, y ante el %3 en %4.</translation>
    </message>
    <message numerus="yes">
        <source>You have seen %n pauses through, %1 of them in this period.</source>
        <translation>
            <numerusform>Has completado una pausa (%1 en este periodo).</numerusform>
            <numerusform>Has completado %n pausas, %1 de ellas en este periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Met with care</source>
        <translation>Te recibieron con cuidado</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Te recibieron a medias</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No te vieron</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Te hicieron daño</translation>
    </message>
    <message>
        <source>Log an activation and, once it has passed, mark when it settled: each settled episode becomes a point here.</source>
        <translation>Anota una activación y, cuando haya pasado, marca cuándo se calmó: cada episodio que se calma se convierte aquí en un punto.</translation>
    </message>
    <message>
        <source>Give your activations a trigger category to see which few set off most of them.</source>
        <translation>Dale a cada activación un tipo de detonante y verás qué pocos provocan la mayoría.</translation>
    </message>
    <message>
        <source>Log an activation with how strong it felt (0 to 10) to see it here.</source>
        <translation>Anota una activación con su intensidad (de 0 a 10) para verla aquí.</translation>
    </message>
    <message>
        <source>After a practice or a 20-minute pause, note how strong the feeling was before and after. A tool shows here once it has three such uses.</source>
        <translation>Después de una práctica o de una pausa de 20 minutos, anota la intensidad de lo que sentías antes y después. Una herramienta aparece aquí cuando suma tres usos así.</translation>
    </message>
    <message>
        <source>When you log an activation or finish a 20-minute pause, say what happened to the urge: acted at once, after a pause, or not at all.</source>
        <translation>Cuando anotes una activación o termines una pausa de 20 minutos, di qué pasó con el impulso: si actuaste enseguida, tras una pausa o si no actuaste.</translation>
    </message>
    <message>
        <source>Each 20-minute pause you see through to the end is counted here.</source>
        <translation>Aquí se cuenta cada pausa de 20 minutos que completas hasta el final.</translation>
    </message>
    <message>
        <source>Log a moment in the People tab each time you reach out, or meet your own need: month by month, this shows how often you were met with care.</source>
        <translation>Anota un momento en la pestaña Personas cada vez que te acerques a alguien o atiendas tu propia necesidad: mes a mes, aquí verás con qué frecuencia te recibieron con cuidado.</translation>
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
        <translation type="unfinished">Te damos la bienvenida a Healer</translation>
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
        <translation>Ayuda de Healer</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texto de ayuda</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Cerrar la ayuda</translation>
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
        <translation type="unfinished">Activaciones</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Lo que te ayuda</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">No actuaste</translation>
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
        <translation type="unfinished">Abrir la guía de respiración</translation>
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
        <translation type="unfinished">Duración</translation>
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
    <name>path</name>
    <message>
        <source>%1  ·  %2</source>
        <comment>a step&apos;s number and its name</comment>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>What sets you off most often:</source>
        <translation>Lo que más a menudo te activa:</translation>
    </message>
    <message>
        <source>•  %1</source>
        <comment>a trigger in a list</comment>
        <translation>•  %1</translation>
    </message>
    <message>
        <source>Alarm loud right now? Breathe first</source>
        <translation>¿La alarma suena fuerte ahora? Primero respira</translation>
    </message>
    <message>
        <source>Open the breathing pacer</source>
        <translation>Abrir la guía de respiración</translation>
    </message>
    <message>
        <source>Time on the path</source>
        <translation>Tiempo en el camino</translation>
    </message>
    <message>
        <source>Write down the last time the alarm went off</source>
        <translation>Anota la última vez que saltó la alarma</translation>
    </message>
    <message>
        <source>Write your first entry</source>
        <translation>Escribe tu primera entrada</translation>
    </message>
    <message>
        <source>What it is all for: feeling steady inside, whatever the other person does. Healer helps along three pathways:</source>
        <translation>Para qué es todo esto: sentirte firme por dentro, haga lo que haga la otra persona. Healer te acompaña por tres vías:</translation>
    </message>
    <message>
        <source>Knowing yourself</source>
        <translation>Conocerte</translation>
    </message>
    <message>
        <source>Your triggers and patterns, in the log</source>
        <translation>Tus detonantes y tus patrones, en el registro</translation>
    </message>
    <message>
        <source>Soothing yourself</source>
        <translation>Consolarte</translation>
    </message>
    <message>
        <source>Calming the body, in Regulate</source>
        <translation>Calmar el cuerpo, en Calmarte</translation>
    </message>
    <message>
        <source>Trusting yourself</source>
        <translation>Confiar en ti</translation>
    </message>
    <message>
        <source>Answering the young part, in Parts</source>
        <translation>Responder a la parte joven, en Partes</translation>
    </message>
    <message>
        <source>%1  →</source>
        <comment>a pathway&apos;s button</comment>
        <translation>%1  →</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a pathway: where it leads</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your plan: %1</source>
        <translation>Tu plan: %1</translation>
    </message>
    <message>
        <source>Welcome to Healer</source>
        <translation>Te damos la bienvenida a Healer</translation>
    </message>
    <message>
        <source>Healer is a private place to understand and calm the alarm that goes off when someone close feels far away. Everything stays on this computer, encrypted. The steps below go in an order: the body first, then relationships, then thoughts. Begin by noticing what sets you off.</source>
        <translation>Healer es un lugar privado para entender y calmar la alarma que salta cuando sientes lejos a alguien cercano. Todo se queda en este ordenador, cifrado. Los pasos de abajo siguen un orden: primero el cuerpo, luego las relaciones, luego los pensamientos. Empieza por observar qué te activa.</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Tu camino</translation>
    </message>
    <message>
        <source>The six steps, in order, and where you are on each. Any step is a way in.</source>
        <translation>Los seis pasos, en orden, y dónde estás en cada uno. Puedes entrar por cualquiera.</translation>
    </message>
    <message>
        <source>Notice what sets you off</source>
        <translation>Observa qué te activa</translation>
    </message>
    <message>
        <source>Open the activation log</source>
        <translation>Abrir el registro de activaciones</translation>
    </message>
    <message>
        <source>For about two weeks, write down each time the alarm goes off: what happened, what your body felt, what you did. A pattern shows up sooner than you think.</source>
        <translation>Durante unas dos semanas, anota cada vez que salte la alarma: qué pasó, qué sintió tu cuerpo, qué hiciste. Un patrón aparece antes de lo que crees.</translation>
    </message>
    <message>
        <source>Calm the body first</source>
        <translation>Primero, calma el cuerpo</translation>
    </message>
    <message>
        <source>Open Regulate</source>
        <translation>Abrir Calmarte</translation>
    </message>
    <message>
        <source>Slow breathing, cold water, tapping, naming what you see. Try one while the alarm is up, and note how you feel before and after.</source>
        <translation>Respirar despacio, agua fría, golpecitos, nombrar lo que ves. Prueba algo mientras suena la alarma y anota cómo te sientes antes y después.</translation>
    </message>
    <message>
        <source>Wait before reaching out</source>
        <translation>Espera antes de acercarte a alguien</translation>
    </message>
    <message>
        <source>Open the 20-minute pause</source>
        <translation>Abrir la pausa de 20 minutos</translation>
    </message>
    <message>
        <source>When the urge to send that message is strong, name it and give it twenty minutes. Then decide, from a calmer place.</source>
        <translation>Cuando el impulso de enviar ese mensaje sea fuerte, ponle nombre y dale veinte minutos. Después decide, desde un lugar más tranquilo.</translation>
    </message>
    <message>
        <source>Turn toward the young part</source>
        <translation>Vuélvete hacia la parte joven</translation>
    </message>
    <message>
        <source>Open Parts</source>
        <translation>Abrir Partes</translation>
    </message>
    <message>
        <source>A short guided conversation with the frightened younger part of you: what it fears, and what it needs from you now.</source>
        <translation>Una breve conversación guiada con la parte más joven y asustada de ti: qué teme y qué necesita de ti ahora.</translation>
    </message>
    <message>
        <source>Let yourself be met</source>
        <translation>Deja que te reciban</translation>
    </message>
    <message>
        <source>Open People</source>
        <translation>Abrir Personas</translation>
    </message>
    <message>
        <source>When you say what you need from a calm place, note how you were met. Over time you see who meets you, and where you meet yourself.</source>
        <translation>Cuando digas lo que necesitas desde un lugar tranquilo, anota cómo te recibieron. Con el tiempo verás quién te recibe y dónde te recibes tú.</translation>
    </message>
    <message>
        <source>Know when to ask for more help</source>
        <translation>Reconoce cuándo pedir más ayuda</translation>
    </message>
    <message>
        <source>Open Support</source>
        <translation>Abrir Apoyo</translation>
    </message>
    <message>
        <source>A short self-check, kinds of therapy that work with attachment and the body, and questions to bring to a therapist.</source>
        <translation>Una breve revisión personal, tipos de terapia que trabajan con el apego y el cuerpo, y preguntas para llevar a tu terapeuta.</translation>
    </message>
    <message>
        <source>the 20-minute pause</source>
        <translation>la pausa de 20 minutos</translation>
    </message>
    <message numerus="yes">
        <source>In your first two weeks you wrote something down on %n days.</source>
        <translation>
            <numerusform>En tus dos primeras semanas anotaste algo un día.</numerusform>
            <numerusform>En tus dos primeras semanas anotaste algo %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your first two weeks are under way: so far you wrote something down on %n days.</source>
        <translation>
            <numerusform>Tus dos primeras semanas están en marcha: por ahora anotaste algo un día.</numerusform>
            <numerusform>Tus dos primeras semanas están en marcha: por ahora anotaste algo %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>After a few more entries, what sets you off most will show here.</source>
        <translation>Con unas cuantas entradas más, aquí aparecerá lo que más te activa.</translation>
    </message>
    <message>
        <source>You have tried %1.</source>
        <translation>Has probado %1.</translation>
    </message>
    <message>
        <source>What seems to help you most: %1.</source>
        <translation>Lo que parece ayudarte más: %1.</translation>
    </message>
    <message>
        <source>Note how you feel before and after, and you will see what helps you most.</source>
        <translation>Anota cómo te sientes antes y después, y verás qué te ayuda más.</translation>
    </message>
    <message numerus="yes">
        <source>You have seen %n pauses through.</source>
        <translation>
            <numerusform>Has completado una pausa.</numerusform>
            <numerusform>Has completado %n pausas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pause seen through yet; starting one is already a step.</source>
        <translation>Aún no has completado ninguna pausa; empezar una ya es un paso.</translation>
    </message>
    <message>
        <source>Lately the urge waits more often before you act on it than it did at first.</source>
        <translation>Últimamente el impulso espera más a menudo antes de que actúes que al principio.</translation>
    </message>
    <message>
        <source>The gap between the urge and what you do has stayed about the same; it often moves slowly.</source>
        <translation>El espacio entre el impulso y lo que haces se ha mantenido más o menos igual; suele moverse despacio.</translation>
    </message>
    <message>
        <source>Lately the urge has been acted on at once a little more often than at first. Harder stretches happen; every pause still counts.</source>
        <translation>Últimamente has actuado enseguida ante el impulso algo más a menudo que al principio. Hay rachas más difíciles; cada pausa sigue contando.</translation>
    </message>
    <message>
        <source>After a few weeks of noting what you did with the urge, you will see the gap move.</source>
        <translation>Tras unas semanas anotando qué hiciste con el impulso, verás cómo se mueve ese espacio.</translation>
    </message>
    <message numerus="yes">
        <source>%n dialogues so far</source>
        <translation>
            <numerusform>Un diálogo hasta ahora</numerusform>
            <numerusform>%n diálogos hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts of you met by name.</source>
        <translation>
            <numerusform>una parte de ti a la que ya conoces por su nombre.</numerusform>
            <numerusform>%n partes de ti a las que ya conoces por su nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <comment>dialogues so far, and parts met</comment>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n moments of reaching out noted</source>
        <translation>
            <numerusform>Un momento anotado en que te acercaste a alguien</numerusform>
            <numerusform>%n momentos anotados en que te acercaste a alguien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them met with care.</source>
        <translation>
            <numerusform>en %n te recibieron con cuidado.</numerusform>
            <numerusform>en %n te recibieron con cuidado.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>moments noted; of them met with care</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Your last self-check was on %1.</source>
        <translation>Tu última revisión personal fue el %1.</translation>
    </message>
    <message>
        <source>You have only just begun, and that is a real start.</source>
        <translation>Acabas de empezar, y eso ya es un comienzo de verdad.</translation>
    </message>
    <message numerus="yes">
        <source>You have been on this path for %n months.</source>
        <translation>
            <numerusform>Llevas un mes en este camino.</numerusform>
            <numerusform>Llevas %n meses en este camino.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first few months are often the hardest. Showing up for yourself is enough.</source>
        <translation>Los primeros meses suelen ser los más duros. Estar ahí para ti ya es suficiente.</translation>
    </message>
    <message>
        <source>Real change usually takes many months, often somewhere between half a year and a year and a half. Small steps add up, even on days they do not seem to.</source>
        <translation>El cambio de verdad suele llevar muchos meses, a menudo entre medio año y año y medio. Los pasos pequeños suman, incluso los días en que no lo parece.</translation>
    </message>
    <message>
        <source>This month the alarm has been lasting longer than in the calmer months before. Under stress, old patterns can come back for a while. That is part of the path, not a failure.</source>
        <translation>Este mes la alarma está durando más que en los meses más tranquilos de antes. Con estrés, los viejos patrones pueden volver por un tiempo. Eso es parte del camino, no un fracaso.</translation>
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
        <translation type="unfinished">Tu camino</translation>
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
        <translation type="unfinished">Gráficos</translation>
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
