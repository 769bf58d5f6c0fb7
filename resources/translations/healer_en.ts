<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>QuestionsPage</name>
    <message numerus="yes">
        <source>A question can hold at most %n characters.</source>
        <translation>
            <numerusform>A question can hold at most %n character.</numerusform>
            <numerusform>A question can hold at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
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
<context>
    <name>summary</name>
    <message numerus="yes">
        <source>%n moments of reaching out in this period: %1 met with care, %2 partly met, %3 missed and %4 that hurt. %5 of them were times I met my own need.</source>
        <translation>
            <numerusform>%n moment of reaching out in this period: %1 met with care, %2 partly met, %3 missed and %4 that hurt. %5 of them were times I met my own need.</numerusform>
            <numerusform>%n moments of reaching out in this period: %1 met with care, %2 partly met, %3 missed and %4 that hurt. %5 of them were times I met my own need.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogues with a younger part in this period.</source>
        <translation>
            <numerusform>%n dialogue with a younger part in this period.</numerusform>
            <numerusform>%n dialogues with a younger part in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the parts have a name.</source>
        <translation>
            <numerusform>%n of the parts has a name.</numerusform>
            <numerusform>%n of the parts have a name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogues</source>
        <translation>
            <numerusform>%n dialogue</numerusform>
            <numerusform>%n dialogues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median %1 (%n episodes)</source>
        <translation>
            <numerusform>median %1 (%n episode)</numerusform>
            <numerusform>median %1 (%n episodes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settled activations; the median lasted %1.</source>
        <translation>
            <numerusform>%n settled activation; the median lasted %1.</numerusform>
            <numerusform>%n settled activations; the median lasted %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated activations; the median peak was %1 out of 10.</source>
        <translation>
            <numerusform>%n rated activation; the median peak was %1 out of 10.</numerusform>
            <numerusform>%n rated activations; the median peak was %1 out of 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activations had no category.</source>
        <translation>
            <numerusform>%n activation had no category.</numerusform>
            <numerusform>%n activations had no category.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>typically %1 points calmer (%n uses)</source>
        <translation>
            <numerusform>typically %1 points calmer (%n use)</numerusform>
            <numerusform>typically %1 points calmer (%n uses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twenty-minute pauses seen through in this period; %1 in all.</source>
        <translation>
            <numerusform>%n twenty-minute pause seen through in this period; %1 in all.</numerusform>
            <numerusform>%n twenty-minute pauses seen through in this period; %1 in all.</numerusform>
        </translation>
    </message>
</context>
</TS>
