<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>%1 → %2 · %n uses</source>
        <translation>
            <numerusform>%1 → %2 · %n use</numerusform>
            <numerusform>%1 → %2 · %n uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settled episodes; the typical one lasted %1.</source>
        <translation>
            <numerusform>One settled episode; it lasted %1.</numerusform>
            <numerusform>%n settled episodes; the typical one lasted %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episodes have not settled yet, so they are not drawn.</source>
        <translation>
            <numerusform>One episode has not settled yet, so it is not drawn.</numerusform>
            <numerusform>%n episodes have not settled yet, so they are not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episodes; the typical peak was %1 out of 10.</source>
        <translation>
            <numerusform>One episode; its peak was %1 out of 10.</numerusform>
            <numerusform>%n episodes; the typical peak was %1 out of 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 categories reach the %2 line.</source>
        <translation>
            <numerusform>%n of %1 categories reaches the %2 line.</numerusform>
            <numerusform>%n of %1 categories reach the %2 line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 brought the feeling down the most: typically %2 points (%n uses).</source>
        <translation>
            <numerusform>%1 brought the feeling down the most: typically %2 points (%n use).</numerusform>
            <numerusform>%1 brought the feeling down the most: typically %2 points (%n uses).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have seen %n pauses through, %1 of them in this period.</source>
        <translation>
            <numerusform>You have seen one pause through (%1 in this period).</numerusform>
            <numerusform>You have seen %n pauses through, %1 of them in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n moments in this period, %2 met with care (%3%), %4 partly met, %5 missed and %6 that hurt.</source>
        <translation>
            <numerusform>%1: %n moment in this period, %2 met with care (%3%), %4 partly met, %5 missed and %6 that hurt.</numerusform>
            <numerusform>%1: %n moments in this period, %2 met with care (%3%), %4 partly met, %5 missed and %6 that hurt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenEpisodeBanner</name>
    <message numerus="yes">
        <source>(%n more open)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacerWidget</name>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartsTab</name>
    <message numerus="yes">
        <source>(%n more unfinished)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseTab</name>
    <message numerus="yes">
        <source>Healer takes it off the clipboard after %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>path</name>
    <message numerus="yes">
        <source>In your first two weeks you wrote something down on %n days.</source>
        <translation>
            <numerusform>In your first two weeks you wrote something down on one day.</numerusform>
            <numerusform>In your first two weeks you wrote something down on %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your first two weeks are under way: so far you wrote something down on %n days.</source>
        <translation>
            <numerusform>Your first two weeks are under way: so far you wrote something down on one day.</numerusform>
            <numerusform>Your first two weeks are under way: so far you wrote something down on %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have seen %n pauses through.</source>
        <translation>
            <numerusform>You have seen one pause through.</numerusform>
            <numerusform>You have seen %n pauses through.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogues so far</source>
        <translation>
            <numerusform>One dialogue so far</numerusform>
            <numerusform>%n dialogues so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts of you met by name.</source>
        <translation>
            <numerusform>one part of you met by name.</numerusform>
            <numerusform>%n parts of you met by name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moments of reaching out noted</source>
        <translation>
            <numerusform>One moment of reaching out noted</numerusform>
            <numerusform>%n moments of reaching out noted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them met with care.</source>
        <translation>
            <numerusform>%n of them met with care.</numerusform>
            <numerusform>%n of them met with care.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been on this path for %n months.</source>
        <translation>
            <numerusform>You have been on this path for a month.</numerusform>
            <numerusform>You have been on this path for %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please choose a passphrase of at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
