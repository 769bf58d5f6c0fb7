<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <source>You waited %n minutes. Strength %1 at the start, %2 now.</source>
        <translation>
            <numerusform>You waited %n minute. Strength %1 at the start, %2 now.</numerusform>
            <numerusform>You waited %n minutes. Strength %1 at the start, %2 now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You waited %n minutes.</source>
        <translation>
            <numerusform>You waited %n minute.</numerusform>
            <numerusform>You waited %n minutes.</numerusform>
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
    <name>NamingPage</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message numerus="yes">
        <source>%n minutes after it began</source>
        <translation>
            <numerusform>%n minute after it began</numerusform>
            <numerusform>%n minutes after it began</numerusform>
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
    <name>PacerPage</name>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation>
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
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
            <numerusform>That pattern can&apos;t be used: a hold is either off (0) or at least %n second.</numerusform>
            <numerusform>That pattern can&apos;t be used: a hold is either off (0) or at least %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacerWidget</name>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation>
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
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
        <source>Copied. There is no hurry to send it; you can sit with it first. Healer takes it off the clipboard after %n seconds.</source>
        <translation>
            <numerusform>Copied. There is no hurry to send it; you can sit with it first. Healer takes it off the clipboard after %n second.</numerusform>
            <numerusform>Copied. There is no hurry to send it; you can sit with it first. Healer takes it off the clipboard after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticePlanPanel</name>
    <message numerus="yes">
        <source>The first day can be at most %n days ahead.</source>
        <translation>
            <numerusform>The first day can be at most %n day ahead.</numerusform>
            <numerusform>The first day can be at most %n days ahead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first day can be at most %n days ago, so the plan is under way.</source>
        <translation>
            <numerusform>The first day can be at most %n day ago, so the plan is under way.</numerusform>
            <numerusform>The first day can be at most %n days ago, so the plan is under way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>practice_plan</name>
    <message numerus="yes">
        <source>Done on %n days so far.</source>
        <translation>
            <numerusform>Done on %n day so far.</numerusform>
            <numerusform>Done on %n days so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the %n times you noted it, you were usually around %1 out of 10 before and %2 after.</source>
        <translation>
            <numerusform>The %n time you noted it, you were around %1 out of 10 before and %2 after.</numerusform>
            <numerusform>On the %n times you noted it, you were usually around %1 out of 10 before and %2 after.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There were %n settled activations in the two weeks before and %1 in these: too few to say whether they got shorter.</source>
        <translation>
            <numerusform>There was %n settled activation in the two weeks before and %1 in these: too few to say whether it got shorter.</numerusform>
            <numerusform>There were %n settled activations in the two weeks before and %1 in these: too few to say whether they got shorter.</numerusform>
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
