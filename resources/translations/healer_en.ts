<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConsistencyView</name>
    <message numerus="yes">
        <source>Involved in %n activations.</source>
        <translation>
            <numerusform>Involved in %n activation.</numerusform>
            <numerusform>Involved in %n activations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Involved in %n activations; median length %1.</source>
        <translation>
            <numerusform>Involved in %n activation; median length %1.</numerusform>
            <numerusform>Involved in %n activations; median length %1.</numerusform>
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
    <name>PartListModel</name>
    <message numerus="yes">
        <source>%n dialogues</source>
        <translation>
            <numerusform>%n dialogue</numerusform>
            <numerusform>%n dialogues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogues · last met %1</source>
        <translation>
            <numerusform>%n dialogue · last met %1</numerusform>
            <numerusform>%n dialogues · last met %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartsTab</name>
    <message numerus="yes">
        <source>A dialogue from %1 is waiting, just as you left it. (%n more unfinished)</source>
        <translation>
            <numerusform>A dialogue from %1 is waiting, just as you left it. (%n more unfinished)</numerusform>
            <numerusform>A dialogue from %1 is waiting, just as you left it. (%n more unfinished)</numerusform>
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
    <name>PeopleWords</name>
    <message numerus="yes">
        <source>%n moments</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
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
