<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
    <name>ApproachesPage</name>
    <message>
        <source>Emotionally Focused Therapy (EFT)</source>
        <translation>Terapia Focalizada en las Emociones (EFT)</translation>
    </message>
    <message>
        <source>Looks at the loops of reaching out and pulling away between people, most often partners, and at the feelings and needs underneath them. It grew from attachment research. Sessions, alone or as a couple, tend to slow a heated moment down so the softer feelings under it can be noticed and put into words.</source>
        <translation>Mira los ciclos de buscarse y alejarse entre personas, casi siempre en la pareja, y los sentimientos y necesidades que hay debajo. Nació de la investigación sobre el apego. Las sesiones, individuales o en pareja, suelen ir más despacio en los momentos tensos para que los sentimientos más tiernos que hay debajo se puedan notar y poner en palabras.</translation>
    </message>
    <message>
        <source>Accelerated Experiential Dynamic Psychotherapy (AEDP)</source>
        <translation>Psicoterapia Dinámica Experiencial Acelerada (AEDP)</translation>
    </message>
    <message>
        <source>Puts the relationship with the therapist at the centre: they are openly warm and involved, and the two of you stay with feelings as they arise in the room, including relief and good moments. A session may feel slower and more present than ordinary talk, with attention to how feelings move in the body.</source>
        <translation>Pone en el centro la relación terapéutica: quien te acompaña se implica con calidez y sin esconderse, y la sesión se detiene en los sentimientos a medida que surgen, también en el alivio y en los buenos momentos. Una sesión puede sentirse más lenta y más presente que una conversación corriente, con atención a cómo se mueven los sentimientos en el cuerpo.</translation>
    </message>
    <message>
        <source>Internal Family Systems (IFS)</source>
        <translation>Sistemas de Familia Interna (IFS)</translation>
    </message>
    <message>
        <source>Sees the mind as a family of parts, some protective and some younger and hurt, around a calmer core it calls the Self. A session often means turning toward one part at a time with curiosity, learning what it fears and what it needs. It is close to the dialogues in Healer&apos;s Parts tab, with a trained guide beside you.</source>
        <translation>Ve la mente como una familia de partes, unas protectoras y otras más jóvenes y heridas, alrededor de un centro más sereno al que llama el Self. Una sesión suele consistir en volverte hacia una parte cada vez, con curiosidad, para conocer qué teme y qué necesita. Se parece a los diálogos de la pestaña Partes de Healer, con alguien con formación a tu lado.</translation>
    </message>
    <message>
        <source>Somatic Experiencing (SE)</source>
        <translation>Experiencia Somática (SE)</translation>
    </message>
    <message>
        <source>Works with the nervous system through the body more than through the story. A session may involve noticing sensations, small movements and the rise and fall of activation, a little at a time, so that stress held in the body can settle. There is usually less talk about what happened.</source>
        <translation>Trabaja con el sistema nervioso más a través del cuerpo que de la historia. En una sesión puedes ir notando sensaciones, pequeños movimientos y cómo sube y baja la activación, poco a poco, para que el estrés que guarda el cuerpo pueda calmarse. Normalmente se habla menos de lo que pasó.</translation>
    </message>
    <message>
        <source>Eye Movement Desensitisation and Reprocessing (EMDR)</source>
        <translation>Desensibilización y Reprocesamiento por Movimientos Oculares (EMDR)</translation>
    </message>
    <message>
        <source>A structured method for memories that still feel raw. After time spent on preparation and steadiness, the person briefly holds a memory in mind while following side-to-side eye movements, taps or sounds, and notices what comes up. It follows set phases and is often used where there is trauma.</source>
        <translation>Un método estructurado para recuerdos que todavía escuecen como si fueran recientes. Después de dedicar tiempo a prepararse y a ganar estabilidad, la persona sostiene un recuerdo unos instantes mientras sigue movimientos de los ojos de un lado a otro, toques o sonidos, y nota lo que aparece. Sigue unas fases fijas y se usa a menudo cuando hay trauma.</translation>
    </message>
    <message>
        <source>Approaches that work with attachment and the body</source>
        <translation>Enfoques que trabajan con el apego y el cuerpo</translation>
    </message>
    <message>
        <source>Therapists work in many ways. These approaches pay particular attention to attachment, to the body, or to both. Each person finds a different fit, and the relationship with the therapist matters as much as the method.</source>
        <translation>Cada terapeuta trabaja a su manera. Estos enfoques prestan especial atención al apego, al cuerpo o a ambos. Cada persona encaja con algo distinto, y la relación con quien te acompaña importa tanto como el método.</translation>
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
    <name>ConsistencyView</name>
    <message>
        <source>%1 Q%2: %3 of %4 met with care (%5%)</source>
        <translation>%1 T%2: %3 de %4 con acogida cuidadosa (%5 %)</translation>
    </message>
    <message>
        <source>Not named in any activation.</source>
        <translation>No aparece en ninguna activación.</translation>
    </message>
    <message>
        <source>Involved in 1 activation.</source>
        <translation>Presente en 1 activación.</translation>
    </message>
    <message numerus="yes">
        <source>Involved in %n activations.</source>
        <translation>
            <numerusform>Presente en %n activación.</numerusform>
            <numerusform>Presente en %n activaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Involved in 1 activation; median length %1.</source>
        <translation>Presente en 1 activación; duración mediana: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Involved in %n activations; median length %1.</source>
        <translation>
            <numerusform>Presente en %n activación; duración mediana: %1.</numerusform>
            <numerusform>Presente en %n activaciones; duración mediana: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activations they were involved in</source>
        <translation>Activaciones en las que aparece</translation>
    </message>
    <message>
        <source>Share met with care per quarter</source>
        <translation>Parte de acogida cuidadosa por trimestre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Moments with them&lt;/b&gt;</source>
        <translation>&lt;b&gt;Momentos con esta persona&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Moments with this person</source>
        <translation>Momentos con esta persona</translation>
    </message>
    <message>
        <source>A gentle note about this relationship</source>
        <translation>Una nota amable sobre esta relación</translation>
    </message>
    <message>
        <source>Help and &amp;support</source>
        <translation>A&amp;yuda y apoyo</translation>
    </message>
    <message>
        <source>Open the help and support page</source>
        <translation>Abrir la página de ayuda y apoyo</translation>
    </message>
    <message>
        <source>Set this note &amp;aside</source>
        <translation>A&amp;partar esta nota</translation>
    </message>
    <message>
        <source>Set the gentle note aside</source>
        <translation>Apartar la nota amable</translation>
    </message>
    <message>
        <source>This page could not be read just now.</source>
        <translation>Ahora mismo no se ha podido leer esta página.</translation>
    </message>
    <message>
        <source>No moments with them yet. The quick log above takes two taps.</source>
        <translation>Aún no hay momentos con esta persona. Con la anotación rápida de arriba bastan dos toques.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Over the last six months, %1 came up in %2 activations, and %3 of %4 times you reached out to them you were met with care.&lt;/p&gt;&lt;p&gt;Some relationships keep re-confirming the old wound, however clearly you ask. That is not a verdict on you or on them, and only you can weigh it; it may be worth looking at, with a therapist if you can.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En los últimos seis meses, %1 apareció en %2 activaciones, y de las %4 veces que te acercaste a esa persona, en %3 te recibió con cuidado.&lt;/p&gt;&lt;p&gt;Algunas relaciones vuelven a confirmar la herida antigua, por muy claro que lo pidas. No es un veredicto sobre ti ni sobre esa persona, y solo tú puedes valorarlo; quizá merezca la pena mirarlo, con ayuda de terapia si puedes.&lt;/p&gt;</translation>
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
    <name>DeleteMomentCommand</name>
    <message>
        <source>Delete moment</source>
        <translation>Eliminar el momento</translation>
    </message>
    <message>
        <source>Moment deleted. Ctrl+Z brings it back.</source>
        <translation>Momento eliminado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>The moment could not be brought back.</source>
        <translation>No se ha podido recuperar el momento.</translation>
    </message>
    <message>
        <source>Moment restored.</source>
        <translation>Momento recuperado.</translation>
    </message>
</context>
<context>
    <name>DeletePersonCommand</name>
    <message>
        <source>Delete person</source>
        <translation>Eliminar a la persona</translation>
    </message>
    <message>
        <source>Person deleted, with their moments. Ctrl+Z brings them back.</source>
        <translation>Persona eliminada, con sus momentos. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>They could not be brought back.</source>
        <translation>No se ha podido recuperar a esa persona.</translation>
    </message>
    <message>
        <source>Person restored, with their moments and entries.</source>
        <translation>Persona recuperada, con sus momentos y entradas.</translation>
    </message>
</context>
<context>
    <name>DialogueListModel</name>
    <message>
        <source>A young part</source>
        <translation>Una parte joven</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · unfinished</source>
        <translation>%1 · %2 · sin terminar</translation>
    </message>
</context>
<context>
    <name>DialogueReader</name>
    <message>
        <source>A young part</source>
        <translation>Una parte joven</translation>
    </message>
    <message>
        <source>%1 · unfinished</source>
        <translation>%1 · sin terminar</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>About the activation of %1</source>
        <translation>Sobre la activación del %1</translation>
    </message>
    <message>
        <source>The dialogue, to read again</source>
        <translation>El diálogo, para volver a leerlo</translation>
    </message>
    <message>
        <source>Choose a dialogue to read it again.</source>
        <translation>Elige un diálogo para volver a leerlo.</translation>
    </message>
</context>
<context>
    <name>DialogueReaderDialog</name>
    <message>
        <source>A dialogue with a young part</source>
        <translation>Un diálogo con una parte joven</translation>
    </message>
</context>
<context>
    <name>DialogueWizard</name>
    <message>
        <source>Edit a kept dialogue</source>
        <translation>Editar un diálogo guardado</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Keep this dialogue</source>
        <translation>&amp;Guardar este diálogo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>On to the next step</source>
        <translation>Seguir al paso siguiente</translation>
    </message>
    <message>
        <source>Keep this dialogue</source>
        <translation>Guardar este diálogo</translation>
    </message>
    <message>
        <source>Close the dialogue</source>
        <translation>Cerrar el diálogo</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>This could not be kept just now; nothing is lost yet.</source>
        <translation>Ahora mismo no se ha podido guardar; por ahora no se ha perdido nada.</translation>
    </message>
    <message>
        <source>Kept at %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Close this dialogue for now?</source>
        <translation>¿Cerrar este diálogo por ahora?</translation>
    </message>
    <message>
        <source>What you wrote can wait here until you come back.</source>
        <translation>Lo que escribiste puede esperarte aquí hasta que vuelvas.</translation>
    </message>
    <message>
        <source>&amp;Keep for later</source>
        <translation>&amp;Guardar para después</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Descartarlo</translation>
    </message>
    <message>
        <source>Go &amp;on writing</source>
        <translation>&amp;Seguir escribiendo</translation>
    </message>
    <message>
        <source>This could not be kept just now; nothing is lost.</source>
        <translation>Ahora mismo no se ha podido guardar; no se ha perdido nada.</translation>
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
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>Please look at this once more: %1</source>
        <translation>Échale otro vistazo, por favor: %1</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>You were in the middle of this entry (kept at %1). It is filled in below.</source>
        <translation>Estabas a mitad de esta entrada (guardada a las %1). Está aquí abajo, tal como la dejaste.</translation>
    </message>
    <message>
        <source>The draft could not be kept just now.</source>
        <translation>Ahora mismo no se ha podido guardar el borrador.</translation>
    </message>
    <message>
        <source>Draft kept at %1</source>
        <translation>Borrador guardado a las %1</translation>
    </message>
    <message>
        <source>This could not be saved yet; your words are still here. %1</source>
        <translation>Todavía no se ha podido guardar; tus palabras siguen aquí. %1</translation>
    </message>
    <message>
        <source>A few words about what happened are enough to save this.</source>
        <translation>Para guardarla basta con unas pocas palabras sobre lo que pasó.</translation>
    </message>
    <message>
        <source>The settled time is before the start. Please look at the two times again.</source>
        <translation>La hora en que se calmó es anterior al comienzo. Mira de nuevo las dos horas, por favor.</translation>
    </message>
    <message>
        <source>This name is a little long; please shorten it.</source>
        <translation>Este nombre es un poco largo; acórtalo, por favor.</translation>
    </message>
    <message>
        <source>Please look at this once more: %1</source>
        <translation>Échale otro vistazo, por favor: %1</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Start &amp;fresh</source>
        <translation>Empe&amp;zar de cero</translation>
    </message>
    <message>
        <source>Start fresh, forgetting the draft</source>
        <translation>Empezar de cero y olvidar el borrador</translation>
    </message>
    <message>
        <source>Dialogues about this entry</source>
        <translation>Diálogos sobre esta entrada</translation>
    </message>
    <message>
        <source>Dialogues with a young part about this: %1</source>
        <translation>Diálogos con una parte joven sobre esto: %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezó</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Empezó</translation>
    </message>
    <message>
        <source>It has sett&amp;led</source>
        <translation>Ya se ha ca&amp;lmado</translation>
    </message>
    <message>
        <source>It has settled</source>
        <translation>Ya se ha calmado</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Se calmó</translation>
    </message>
    <message>
        <source>Look &amp;again at what it meant…</source>
        <translation>&amp;Mirar de nuevo lo que significó…</translation>
    </message>
    <message>
        <source>Go to looking again</source>
        <translation>Ir a mirar de nuevo</translation>
    </message>
    <message>
        <source>How strong at its peak, from 0 to 10</source>
        <translation>Intensidad en su punto más alto, de 0 a 10</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>&amp;How strong at its peak</source>
        <translation>&amp;Intensidad en su punto más alto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>Add a new category</source>
        <translation>Añadir una categoría nueva</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation>Escribe el nombre y pulsa Intro</translation>
    </message>
    <message>
        <source>New category name</source>
        <translation>Nombre de la categoría nueva</translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation>Persona implicada</translation>
    </message>
    <message>
        <source>Optional: choose or type a name</source>
        <translation>Opcional: elige o escribe un nombre</translation>
    </message>
    <message>
        <source>&amp;Person involved</source>
        <translation>&amp;Persona implicada</translation>
    </message>
    <message>
        <source>What happened to the &amp;urge</source>
        <translation>Qué pasó con el imp&amp;ulso</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Discard what was typed and close</source>
        <translation>Descartar lo escrito y cerrar</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>Guardar como &amp;borrador</translation>
    </message>
    <message>
        <source>Keep as a draft and close</source>
        <translation>Guardar como borrador y cerrar</translation>
    </message>
    <message>
        <source>Save &amp;entry</source>
        <translation>&amp;Guardar entrada</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Guardar entrada</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>Save entry (Ctrl+Enter)</source>
        <translation>Guardar entrada (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Intro guarda</translation>
    </message>
    <message>
        <source>Note about this field</source>
        <translation>Nota sobre este campo</translation>
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
        <translation>Palabras de cualquier pregunta</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Buscar en las entradas</translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Show category</source>
        <translation>Mostrar categoría</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Desde el día</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>De&amp;sde</translation>
    </message>
    <message>
        <source>Until day</source>
        <translation>Hasta el día</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
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
        <translation>todavía sin valorar</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
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
        <translation>Activaciones anotadas</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>still activated</source>
        <translation>aún activada</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Número de entradas</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Abri&amp;r</translation>
    </message>
    <message>
        <source>Open the selected entry</source>
        <translation>Abrir la entrada elegida</translation>
    </message>
    <message>
        <source>&amp;I&apos;ve settled</source>
        <translation>Ya se ha ca&amp;lmado</translation>
    </message>
    <message>
        <source>Mark the selected entry as settled</source>
        <translation>Marcar que la entrada elegida ya se ha calmado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Borrar la entrada elegida</translation>
    </message>
    <message>
        <source>That entry is no longer there.</source>
        <translation>Esa entrada ya no está.</translation>
    </message>
    <message>
        <source>The entry could not be deleted.</source>
        <translation>No se ha podido borrar la entrada.</translation>
    </message>
    <message>
        <source>Entry deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Entrada borrada. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Marked as settled. Well done for staying with it.</source>
        <translation>Anotado: ya se ha calmado. Bien hecho por quedarte con ello.</translation>
    </message>
    <message>
        <source>Saved. Add the rest whenever you are ready.</source>
        <translation>Guardado. Añade el resto cuando te venga bien.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 entries match</source>
        <translation>
            <numerusform>%Ln de %1 entradas coincide</numerusform>
            <numerusform>%Ln de %1 entradas coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Draft kept; it will be offered next time.</source>
        <translation>Borrador guardado; te lo ofreceremos la próxima vez.</translation>
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
    <name>MomentDialog</name>
    <message>
        <source>Change a moment</source>
        <translation>Cambiar un momento</translation>
    </message>
    <message>
        <source>Log a moment</source>
        <translation>Anotar un momento</translation>
    </message>
    <message>
        <source>One time you reached out from activation or vulnerability, or met your own need. Only how it went is needed; the rest helps you see it later.</source>
        <translation>Una vez en que, desde la activación o la vulnerabilidad, te acercaste a alguien o atendiste tu propia necesidad. Solo hace falta saber cómo fue; lo demás te ayuda a verlo después.</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo pasó</translation>
    </message>
    <message>
        <source>Who met you</source>
        <translation>Quién te recibió</translation>
    </message>
    <message>
        <source>What I shared</source>
        <translation>Lo que compartí</translation>
    </message>
    <message>
        <source>In your own words (optional)</source>
        <translation>Con tus propias palabras (opcional)</translation>
    </message>
    <message>
        <source>How I said it</source>
        <translation>Cómo lo dije</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>How they responded</source>
        <translation>Cómo respondieron</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elige…</translation>
    </message>
    <message>
        <source>How I felt before, 0 to 10</source>
        <translation>Cómo estaba antes, de 0 a 10</translation>
    </message>
    <message>
        <source>How I felt after, 0 to 10</source>
        <translation>Cómo estaba después, de 0 a 10</translation>
    </message>
    <message>
        <source>The activation it came from</source>
        <translation>La activación de la que vino</translation>
    </message>
    <message>
        <source>The 20-minute pause before it</source>
        <translation>La pausa de 20 minutos de antes</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>What I &amp;shared</source>
        <translation>Lo que co&amp;mpartí</translation>
    </message>
    <message>
        <source>How I &amp;said it</source>
        <translation>Cómo lo &amp;dije</translation>
    </message>
    <message>
        <source>How they &amp;responded</source>
        <translation>Cómo &amp;respondieron</translation>
    </message>
    <message>
        <source>Felt &amp;before</source>
        <translation>Cómo estaba a&amp;ntes</translation>
    </message>
    <message>
        <source>Felt &amp;after</source>
        <translation>Cómo estaba d&amp;espués</translation>
    </message>
    <message>
        <source>Ac&amp;tivation</source>
        <translation>Ac&amp;tivación</translation>
    </message>
    <message>
        <source>&amp;Pause before</source>
        <translation>&amp;Pausa previa</translation>
    </message>
    <message>
        <source>What needs another look</source>
        <translation>Lo que conviene mirar otra vez</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Clear the form and its draft</source>
        <translation>Limpiar el formulario y su borrador</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close; what you wrote is kept as a draft</source>
        <translation>Cerrar; lo que escribiste se guarda como borrador</translation>
    </message>
    <message>
        <source>Sa&amp;ve moment</source>
        <translation>&amp;Guardar el momento</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>This is what you were writing; it was kept as a draft.</source>
        <translation>Esto es lo que estabas escribiendo; se guardó como borrador.</translation>
    </message>
    <message>
        <source>Please choose how they responded.</source>
        <translation>Elige, por favor, cómo respondieron.</translation>
    </message>
    <message>
        <source>Please look at this once more: %1</source>
        <translation>Mira esto una vez más, por favor: %1</translation>
    </message>
    <message>
        <source>The moment could not be saved just now; what you wrote is still here.</source>
        <translation>Ahora mismo no se ha podido guardar el momento; lo que escribiste sigue aquí.</translation>
    </message>
    <message>
        <source>The draft could not be removed just now.</source>
        <translation>Ahora mismo no se ha podido quitar el borrador.</translation>
    </message>
</context>
<context>
    <name>MomentsPage</name>
    <message>
        <source>Search the words of your moments, or a name</source>
        <translation>Busca palabras de tus momentos, o un nombre</translation>
    </message>
    <message>
        <source>Search your moments</source>
        <translation>Buscar en tus momentos</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Your moments of being met</source>
        <translation>Tus momentos de acogida</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Change the chosen moment</source>
        <translation>Cambiar el momento elegido</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen moment</source>
        <translation>Eliminar el momento elegido</translation>
    </message>
    <message>
        <source>No moment has these words.</source>
        <translation>Ningún momento tiene estas palabras.</translation>
    </message>
    <message>
        <source>No moments yet. When you reach out and say what you need, or meet your own need, log it above: over months the pattern shows who meets you, and how often.</source>
        <translation>Aún no hay momentos. Cuando te acerques a alguien y digas lo que necesitas, o atiendas tu propia necesidad, anótalo arriba: con los meses, el patrón muestra quién te recibe, y con qué frecuencia.</translation>
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
        <translation>Ya se ha calmad&amp;o</translation>
    </message>
    <message>
        <source>I&apos;ve settled</source>
        <translation>Ya se ha calmado</translation>
    </message>
    <message numerus="yes">
        <source>Still activated since %1. Take your time; when it has eased, say so. (%n more open)</source>
        <translation>
            <numerusform>Activación abierta desde las %1. Tómate tu tiempo; cuando se haya suavizado, dilo. (%n más abierta)</numerusform>
            <numerusform>Activación abierta desde las %1. Tómate tu tiempo; cuando se haya suavizado, dilo. (%n más abiertas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Still activated since %1. Take your time; when it has eased, say so.</source>
        <translation>Activación abierta desde las %1. Tómate tu tiempo; cuando se haya suavizado, dilo.</translation>
    </message>
    <message>
        <source>Still activated</source>
        <translation>Todavía hay una activación abierta</translation>
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
        <translation>Resultado</translation>
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
    <name>PartListModel</name>
    <message>
        <source>1 dialogue</source>
        <translation>1 diálogo</translation>
    </message>
    <message numerus="yes">
        <source>%n dialogues</source>
        <translation>
            <numerusform>%n diálogo</numerusform>
            <numerusform>%n diálogos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 dialogue · last met %1</source>
        <translation>1 diálogo · último encuentro: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dialogues · last met %1</source>
        <translation>
            <numerusform>%n diálogo · último encuentro: %1</numerusform>
            <numerusform>%n diálogos · último encuentro: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartPanel</name>
    <message>
        <source>Name of the part</source>
        <translation>Nombre de la parte</translation>
    </message>
    <message>
        <source>Typical age</source>
        <translation>Edad habitual</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Usual fear</source>
        <translation>Miedo habitual</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Lo que ayuda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Typical &amp;age</source>
        <translation>Edad &amp;habitual</translation>
    </message>
    <message>
        <source>Usual &amp;fear</source>
        <translation>Miedo habi&amp;tual</translation>
    </message>
    <message>
        <source>What &amp;helps</source>
        <translation>Lo que a&amp;yuda</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Save these details</source>
        <translation>&amp;Guardar estos datos</translation>
    </message>
    <message>
        <source>Save the part&apos;s details</source>
        <translation>Guardar los datos de la parte</translation>
    </message>
    <message>
        <source>Please look at this once more: %1</source>
        <translation>Mira esto una vez más, por favor: %1</translation>
    </message>
    <message>
        <source>This could not be saved just now.</source>
        <translation>Ahora mismo no se ha podido guardar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>PartsMetPage</name>
    <message>
        <source>Parts met</source>
        <translation>Partes conocidas</translation>
    </message>
    <message>
        <source>Dialogues with this part</source>
        <translation>Diálogos con esta parte</translation>
    </message>
    <message>
        <source>&amp;Dialogues with this part, over time</source>
        <translation>Diá&amp;logos con esta parte, a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>PartsRules</name>
    <message>
        <source>give the part a name, even a single word</source>
        <translation>ponle un nombre a la parte, aunque sea una sola palabra</translation>
    </message>
    <message>
        <source>contains characters that cannot be saved</source>
        <translation>contiene caracteres que no se pueden guardar</translation>
    </message>
</context>
<context>
    <name>PartsTab</name>
    <message>
        <source>Dialogues and parts met</source>
        <translation>Diálogos y partes conocidas</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Diálogos</translation>
    </message>
    <message>
        <source>Parts met</source>
        <translation>Partes conocidas</translation>
    </message>
    <message>
        <source>Talk with a young part</source>
        <translation>Habla con una parte joven</translation>
    </message>
    <message>
        <source>When the alarm goes off, a younger part of you is often behind it. Turn toward it with curiosity, and answer it as the steady grown-up you are now.</source>
        <translation>Cuando salta la alarma, a menudo hay detrás una parte más joven de ti. Vuélvete hacia ella con curiosidad y respóndele desde la persona adulta y firme que eres hoy.</translation>
    </message>
    <message>
        <source>&amp;Begin a dialogue</source>
        <translation>&amp;Empezar un diálogo</translation>
    </message>
    <message>
        <source>Begin a dialogue with a young part</source>
        <translation>Empezar un diálogo con una parte joven</translation>
    </message>
    <message>
        <source>&amp;Continue it</source>
        <translation>&amp;Continuarlo</translation>
    </message>
    <message>
        <source>Continue the unfinished dialogue</source>
        <translation>Continuar el diálogo sin terminar</translation>
    </message>
    <message>
        <source>Search your dialogues</source>
        <translation>Buscar en tus diálogos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Your dialogues</source>
        <translation>Tus diálogos</translation>
    </message>
    <message>
        <source>Continue &amp;writing</source>
        <translation>&amp;Seguir escribiendo</translation>
    </message>
    <message>
        <source>Continue writing this dialogue</source>
        <translation>Seguir escribiendo este diálogo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>E&amp;ditar</translation>
    </message>
    <message>
        <source>Edit this kept dialogue</source>
        <translation>Editar este diálogo guardado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>Delete this dialogue</source>
        <translation>Eliminar este diálogo</translation>
    </message>
    <message>
        <source>Nothing matches these words.</source>
        <translation>Nada coincide con estas palabras.</translation>
    </message>
    <message>
        <source>Your dialogues will gather here, to read again whenever you like.</source>
        <translation>Tus diálogos se irán reuniendo aquí, para volver a leerlos cuando quieras.</translation>
    </message>
    <message numerus="yes">
        <source>A dialogue from %1 is waiting, just as you left it. (%n more unfinished)</source>
        <translation>
            <numerusform>Un diálogo del %1 te espera, tal como lo dejaste. (%n más sin terminar)</numerusform>
            <numerusform>Un diálogo del %1 te espera, tal como lo dejaste. (%n más sin terminar)</numerusform>
        </translation>
    </message>
    <message>
        <source>A dialogue from %1 is waiting, just as you left it.</source>
        <translation>Un diálogo del %1 te espera, tal como lo dejaste.</translation>
    </message>
    <message>
        <source>Delete this dialogue for good? It cannot be brought back.</source>
        <translation>¿Eliminar este diálogo para siempre? No se podrá recuperar.</translation>
    </message>
    <message>
        <source>Close the open dialogue first.</source>
        <translation>Cierra primero el diálogo abierto.</translation>
    </message>
    <message>
        <source>Dialogue deleted</source>
        <translation>Diálogo eliminado</translation>
    </message>
    <message>
        <source>Dialogue kept</source>
        <translation>Diálogo guardado</translation>
    </message>
    <message>
        <source>Kept for later</source>
        <translation>Guardado para después</translation>
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
    <name>PeoplePage</name>
    <message>
        <source>A name or nickname</source>
        <translation>Un nombre o apodo</translation>
    </message>
    <message>
        <source>Name of someone to add</source>
        <translation>Nombre de alguien para añadir</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Añadir a esta persona</translation>
    </message>
    <message>
        <source>Add &amp;someone</source>
        <translation>Añadir a alg&amp;uien</translation>
    </message>
    <message>
        <source>The people in your life</source>
        <translation>Las personas de tu vida</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Mostrar el arc&amp;hivo</translation>
    </message>
    <message>
        <source>Add the people you reach out to: a partner, friends, family, a therapist, a group or a mentor. Names typed in the activation log appear here too. Everything stays in your encrypted vault.</source>
        <translation>Añade a las personas a las que te acercas: tu pareja, amistades, familia, terapeuta, un grupo o alguien que te guíe. Los nombres que escribes en el registro de activaciones también aparecen aquí. Todo se queda en tu diario cifrado.</translation>
    </message>
    <message>
        <source>Everyone here is archived: tick “Show archived”.</source>
        <translation>Todas las personas de aquí están en el archivo: marca “Mostrar el archivo”.</translation>
    </message>
    <message>
        <source>Choose someone to see how they meet you.</source>
        <translation>Elige a alguien para ver cómo te recibe.</translation>
    </message>
    <message>
        <source>They could not be added just now.</source>
        <translation>Ahora mismo no se ha podido añadir a esa persona.</translation>
    </message>
</context>
<context>
    <name>PeopleRules</name>
    <message>
        <source>give a name or a nickname</source>
        <translation>escribe un nombre o un apodo</translation>
    </message>
    <message>
        <source>keep the name on one line</source>
        <translation>escribe el nombre en una sola línea</translation>
    </message>
    <message>
        <source>contains characters that cannot be saved</source>
        <translation>contiene caracteres que no se pueden guardar</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Moments and people</source>
        <translation>Momentos y personas</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momentos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Being met</source>
        <translation>La acogida</translation>
    </message>
    <message>
        <source>Security grows from being met, again and again: you said what you needed, plainly, and someone answered with care — or you answered yourself.</source>
        <translation>La seguridad crece al sentir la acogida una y otra vez: dijiste con sencillez lo que necesitabas y alguien respondió con cuidado, o te respondiste tú.</translation>
    </message>
    <message>
        <source>&amp;Log a moment…</source>
        <translation>&amp;Anotar un momento…</translation>
    </message>
    <message>
        <source>Log a moment with the full form</source>
        <translation>Anotar un momento con el formulario completo</translation>
    </message>
    <message>
        <source>The people tab could not be read just now.</source>
        <translation>Ahora mismo no se ha podido leer la pestaña de personas.</translation>
    </message>
    <message>
        <source>That moment could not be read just now.</source>
        <translation>Ahora mismo no se ha podido leer ese momento.</translation>
    </message>
    <message>
        <source>Moment kept.</source>
        <translation>Momento guardado.</translation>
    </message>
</context>
<context>
    <name>PeopleWords</name>
    <message>
        <source>1 moment</source>
        <translation>1 momento</translation>
    </message>
    <message numerus="yes">
        <source>%n moments</source>
        <translation>
            <numerusform>%n momento</numerusform>
            <numerusform>%n momentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amistad</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Support group</source>
        <translation>Grupo de apoyo</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentoría</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra relación</translation>
    </message>
    <message>
        <source>Met with care</source>
        <translation>Acogida con cuidado</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Acogida a medias</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Sin acogida</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Dolió</translation>
    </message>
    <message>
        <source>As a need</source>
        <translation>Como necesidad</translation>
    </message>
    <message>
        <source>As a demand or a test</source>
        <translation>Como exigencia o prueba</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Yo</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>Qué es para ti</translation>
    </message>
    <message>
        <source>Notes about them</source>
        <translation>Notas sobre esta persona</translation>
    </message>
    <message>
        <source>A&amp;rchived — the relationship has ended</source>
        <translation>Archi&amp;var: la relación terminó</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Relación</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete this person and their moments</source>
        <translation>Eliminar a esta persona y sus momentos</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Guardar datos</translation>
    </message>
    <message>
        <source>Save this person&apos;s details</source>
        <translation>Guardar los datos de esta persona</translation>
    </message>
    <message>
        <source>Please look at this once more: %1</source>
        <translation>Mira esto una vez más, por favor: %1</translation>
    </message>
    <message>
        <source>These details could not be saved just now.</source>
        <translation>Ahora mismo no se han podido guardar estos datos.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>%1 · %2 · archived</source>
        <translation>%1 · %2 · en el archivo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PlanLine</name>
    <message>
        <source>Your plan for this trigger</source>
        <translation>Tu plan para este detonante</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your plan:&lt;/b&gt; %1 &amp;nbsp;&lt;a href=&quot;plan&quot;&gt;Change…&lt;/a&gt;</source>
        <translation>&lt;b&gt;Tu plan:&lt;/b&gt; %1 &amp;nbsp;&lt;a href=&quot;plan&quot;&gt;Cambiar…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No plan for this trigger yet. &amp;nbsp;&lt;a href=&quot;plan&quot;&gt;Write one…&lt;/a&gt;</source>
        <translation>Aún no hay plan para este detonante. &amp;nbsp;&lt;a href=&quot;plan&quot;&gt;Escribir uno…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No plan for this trigger yet.</source>
        <translation>Aún no hay plan para este detonante.</translation>
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
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time Healer starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que abras Healer.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Carpeta para las copias de seguridad automáticas</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Questions you may want to ask when you first meet a therapist. Change the words, add your own, tick what you have asked, and choose which go in the summary you bring.</source>
        <translation>Preguntas que quizá quieras hacer en tu primera cita de terapia. Cambia las palabras, añade las tuyas, marca las que ya hayas hecho y elige cuáles van en el resumen que llevas.</translation>
    </message>
    <message>
        <source>Questions to ask a therapist</source>
        <translation>Preguntas para tu terapeuta</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>In the summary</source>
        <translation>En el resumen</translation>
    </message>
    <message>
        <source>Start with suggested questions</source>
        <translation>Empezar con preguntas sugeridas</translation>
    </message>
    <message>
        <source>A question of your own</source>
        <translation>Una pregunta tuya</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Pregunta nueva</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>No se ha añadido</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>No se ha cambiado</translation>
    </message>
    <message numerus="yes">
        <source>A question can hold at most %n characters.</source>
        <translation>
            <numerusform>Una pregunta puede tener como mucho %n carácter.</numerusform>
            <numerusform>Una pregunta puede tener como mucho %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A question needs some words.</source>
        <translation>Una pregunta necesita alguna palabra.</translation>
    </message>
</context>
<context>
    <name>QuickCaptureWidget</name>
    <message>
        <source>A few words are enough, then press Enter</source>
        <translation>Bastan unas palabras; luego pulsa Intro</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>&amp;What happened?</source>
        <translation>¿&amp;Qué pasó?</translation>
    </message>
    <message>
        <source>How strong, from 0 to 10</source>
        <translation>Con qué fuerza, de 0 a 10</translation>
    </message>
    <message>
        <source>How stro&amp;ng?</source>
        <translation>¿Con qué &amp;fuerza?</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Kind of trigger (optional)</source>
        <translation>Tipo de detonante (opcional)</translation>
    </message>
    <message>
        <source>&amp;Kind of trigger</source>
        <translation>Tipo de &amp;detonante</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>A&amp;notar</translation>
    </message>
    <message>
        <source>Log this activation now</source>
        <translation>Anotar ahora esta activación</translation>
    </message>
    <message>
        <source>Full entr&amp;y…</source>
        <translation>Entrada co&amp;mpleta…</translation>
    </message>
    <message>
        <source>Open the full entry form</source>
        <translation>Abrir el formulario completo</translation>
    </message>
    <message>
        <source>Type a few words about what happened first.</source>
        <translation>Primero escribe unas palabras sobre lo que pasó.</translation>
    </message>
    <message>
        <source>This could not be saved yet; your words are still here. %1</source>
        <translation>Todavía no se ha podido guardar; tus palabras siguen aquí. %1</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Aún no lo sé</translation>
    </message>
</context>
<context>
    <name>QuickLogBar</name>
    <message>
        <source>&lt;b&gt;Quick log&lt;/b&gt; — you reached out, or met your own need:</source>
        <translation>&lt;b&gt;Anotación rápida&lt;/b&gt;: te acercaste a alguien o atendiste tu propia necesidad:</translation>
    </message>
    <message>
        <source>Who met you</source>
        <translation>Quién te recibió</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>Log it now: %1</source>
        <translation>Anotarlo ahora: %1</translation>
    </message>
    <message>
        <source>&amp;More detail…</source>
        <translation>&amp;Más detalle…</translation>
    </message>
    <message>
        <source>Log a moment with the full form</source>
        <translation>Anotar un momento con el formulario completo</translation>
    </message>
    <message>
        <source>What the quick log did</source>
        <translation>Lo que hizo la anotación rápida</translation>
    </message>
    <message>
        <source>That could not be kept just now; please try again.</source>
        <translation>Ahora mismo no se ha podido guardar; inténtalo otra vez, por favor.</translation>
    </message>
    <message>
        <source>Kept: %1, %2. Add words to it from the list below if you like.</source>
        <translation>Guardado: %1, %2. Si quieres, añádele palabras desde la lista de abajo.</translation>
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
    <name>SelfCheckPage</name>
    <message>
        <source>Self-check</source>
        <translation>Revisión personal</translation>
    </message>
    <message>
        <source>How true has each of these felt lately? There are no right answers, and nothing here is a test. Nothing is kept unless you choose to save it.</source>
        <translation>¿Hasta qué punto ha sido cierta cada una de estas frases para ti últimamente? No hay respuestas correctas, y nada de esto es un examen. No se guarda nada a menos que tú lo elijas.</translation>
    </message>
    <message>
        <source>What your answers point to</source>
        <translation>Hacia dónde apuntan tus respuestas</translation>
    </message>
    <message>
        <source>Save these answers with today&apos;s date</source>
        <translation>Guardar estas respuestas con la fecha de hoy</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>Borrar las respuestas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a question&apos;s short name: an answer</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved checks, side by side</source>
        <translation>Revisiones guardadas, una al lado de otra</translation>
    </message>
    <message>
        <source>Saved self-checks</source>
        <translation>Revisiones personales guardadas</translation>
    </message>
    <message>
        <source>Forget the selected check…</source>
        <translation>Olvidar la revisión elegida…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>Checks you save appear here, so you can compare them over time.</source>
        <translation>Las revisiones que guardes aparecerán aquí, para que puedas compararlas con el tiempo.</translation>
    </message>
    <message>
        <source>Forget a check</source>
        <translation>Olvidar una revisión</translation>
    </message>
    <message>
        <source>Select one check&apos;s column first.</source>
        <translation>Primero elige la columna de una revisión.</translation>
    </message>
    <message>
        <source>Forget the check saved on %1?</source>
        <translation>¿Olvidar la revisión guardada el %1?</translation>
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
        <translation>Seguridad de la frase de acceso</translation>
    </message>
    <message>
        <source>Passphrase strength hint</source>
        <translation>Consejo sobre la seguridad de la frase</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>How long activations lasted, with the chart</source>
        <translation>Cuánto duraron, con el gráfico</translation>
    </message>
    <message>
        <source>How strong they felt, with the chart</source>
        <translation>Qué intensidad tuvieron, con el gráfico</translation>
    </message>
    <message>
        <source>What set them off</source>
        <translation>Sus detonantes</translation>
    </message>
    <message>
        <source>Between the urge and the action</source>
        <translation>Entre el impulso y la acción</translation>
    </message>
    <message>
        <source>Practices that help</source>
        <translation>Prácticas que ayudan</translation>
    </message>
    <message>
        <source>Pauses seen through</source>
        <translation>Pausas completadas</translation>
    </message>
    <message>
        <source>Being met (counts only, no names)</source>
        <translation>La acogida (solo cifras, sin nombres)</translation>
    </message>
    <message>
        <source>Parts met (how many)</source>
        <translation>Diálogos con las partes (cuántos)</translation>
    </message>
    <message>
        <source>The latest saved self-check</source>
        <translation>La última revisión personal guardada</translation>
    </message>
    <message>
        <source>My questions for the therapist</source>
        <translation>Mis preguntas para la terapia</translation>
    </message>
    <message>
        <source>Summary for a therapist</source>
        <translation>Resumen para tu terapeuta</translation>
    </message>
    <message>
        <source>The summary&apos;s pages</source>
        <translation>Las páginas del resumen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>What goes in (no journal text unless you pick it):</source>
        <translation>Qué entra (de tu diario, solo lo que elijas):</translation>
    </message>
    <message>
        <source>Names of the parts</source>
        <translation>Los nombres de las partes</translation>
    </message>
    <message>
        <source>Journal entries to include, word for word</source>
        <translation>Entradas del diario que incluir, palabra por palabra</translation>
    </message>
    <message>
        <source>Dialogues to include, word for word</source>
        <translation>Diálogos que incluir, palabra por palabra</translation>
    </message>
    <message>
        <source>A saved PDF is not encrypted: anyone who opens the file can read it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Un PDF guardado no está cifrado: cualquiera que abra el archivo puede leerlo. Guárdalo en un lugar privado y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>a young part</source>
        <translation>una parte joven</translation>
    </message>
    <message>
        <source>Choose at most ten years.</source>
        <translation>Elige como mucho diez años.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>The summary is still being prepared.</source>
        <translation>El resumen aún se está preparando.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <source>summary.pdf</source>
        <translation>resumen.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>Summary saved</source>
        <translation>Resumen guardado</translation>
    </message>
    <message>
        <source>Saved to %1. This PDF is not encrypted.</source>
        <translation>Guardado en %1. Este PDF no está cifrado.</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a day · words</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SupportTab</name>
    <message>
        <source>Getting support</source>
        <translation>Buscar apoyo</translation>
    </message>
    <message>
        <source>Self-help goes a long way, and sometimes a person to work with goes further. Here you can check in with yourself, read about approaches, gather your questions, and prepare a summary to bring.</source>
        <translation>La autoayuda llega lejos, y a veces trabajar con alguien llega más lejos aún. Aquí puedes mirar cómo estás, leer sobre distintos enfoques, reunir tus preguntas y preparar un resumen para llevar.</translation>
    </message>
    <message>
        <source>Support sections</source>
        <translation>Secciones de Apoyo</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Revisión personal</translation>
    </message>
    <message>
        <source>Approaches</source>
        <translation>Enfoques</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>Summary for a therapist</source>
        <translation>Resumen para tu terapeuta</translation>
    </message>
    <message>
        <source>If you are in crisis</source>
        <translation>Si estás en crisis</translation>
    </message>
    <message>
        <source>A few pages to bring to a first appointment: how long activations lasted and how strong they were, what set them off, what helped, the pauses you saw through, your self-check and your questions. You choose the days and what goes in. Words from your journal go in only if you pick particular entries. Every page says it was prepared by you and is not a clinical record.</source>
        <translation>Unas pocas páginas para llevar a una primera cita: cuánto duraron tus activaciones y qué intensidad tuvieron, qué las detonó, qué te ayudó, las pausas que completaste, tu revisión personal y tus preguntas. Tú eliges los días y lo que entra. Las palabras de tu diario solo entran si eliges entradas concretas. Cada página dice que lo preparaste tú y que no es un informe clínico.</translation>
    </message>
    <message>
        <source>Prepare the summary…</source>
        <translation>Preparar el resumen…</translation>
    </message>
    <message>
        <source>Self-check saved</source>
        <translation>Revisión personal guardada</translation>
    </message>
</context>
<context>
    <name>TriggerPlansDialog</name>
    <message>
        <source>Plans for your triggers</source>
        <translation>Planes para tus detonantes</translation>
    </message>
    <message>
        <source>When a trigger keeps coming back, decide now, while you are calm, what you will do the next time. Your most common triggers come first.</source>
        <translation>Cuando un detonante vuelve una y otra vez, decide ahora, con calma, qué vas a hacer la próxima vez. Tus detonantes más frecuentes aparecen primero.</translation>
    </message>
    <message>
        <source>Find words in your plans</source>
        <translation>Buscar palabras en tus planes</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Detonantes</translation>
    </message>
    <message>
        <source>When this happens, I will</source>
        <translation>Cuando pase esto, voy a</translation>
    </message>
    <message>
        <source>For example: put the phone in another room and breathe out slowly.</source>
        <translation>Por ejemplo: dejar el móvil en otra habitación y soltar el aire despacio.</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>Sobre este plan</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Guardar plan</translation>
    </message>
    <message>
        <source>&amp;Remove plan</source>
        <translation>&amp;Quitar plan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>%1 · among your top three</source>
        <translation>%1 · entre los 3 primeros</translation>
    </message>
    <message>
        <source>%1 · among your top three (no plan yet)</source>
        <translation>%1 · entre los 3 primeros (aún sin plan)</translation>
    </message>
    <message>
        <source>%1 (no plan yet)</source>
        <translation>%1 (aún sin plan)</translation>
    </message>
    <message>
        <source>When “%1” happens, I will …</source>
        <translation>Cuando pase “%1”, voy a…</translation>
    </message>
    <message>
        <source>Please look at this once more: %1</source>
        <translation>Échale otro vistazo, por favor: %1</translation>
    </message>
    <message>
        <source>The plan could not be kept just now; it is still here. %1</source>
        <translation>Ahora mismo no se ha podido guardar el plan; sigue aquí. %1</translation>
    </message>
    <message>
        <source>Plan kept.</source>
        <translation>Plan guardado.</translation>
    </message>
    <message>
        <source>No plan for this one now.</source>
        <translation>Ahora este no tiene plan.</translation>
    </message>
    <message>
        <source>No plan holds those words.</source>
        <translation>Ningún plan contiene esas palabras.</translation>
    </message>
    <message>
        <source>A plan can hold up to %1 characters.</source>
        <translation>Un plan puede tener hasta %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>TwoWeekPanel</name>
    <message>
        <source>Your first two weeks</source>
        <translation>Tus dos primeras semanas</translation>
    </message>
    <message>
        <source>Days with entries</source>
        <translation>Días con entradas</translation>
    </message>
    <message>
        <source>What sets the alarm off most</source>
        <translation>Lo que más dispara la alarma</translation>
    </message>
    <message>
        <source>Plans for your &amp;triggers…</source>
        <translation>&amp;Planes para tus detonantes…</translation>
    </message>
    <message>
        <source>Plans for your triggers</source>
        <translation>Planes para tus detonantes</translation>
    </message>
    <message>
        <source>Log each activation for two weeks, and a pattern will start to show.</source>
        <translation>Anota cada activación durante dos semanas y empezará a verse un patrón.</translation>
    </message>
    <message numerus="yes">
        <source>Your first two weeks are behind you; this shows the last %1 days. %n of them have an entry.</source>
        <translation>
            <numerusform>Ya has pasado tus dos primeras semanas; aquí ves los últimos %1 días. %n de ellos tiene una entrada.</numerusform>
            <numerusform>Ya has pasado tus dos primeras semanas; aquí ves los últimos %1 días. %n de ellos tienen una entrada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 days have an entry so far.</source>
        <translation>
            <numerusform>%n de %1 días tiene una entrada por ahora.</numerusform>
            <numerusform>%n de %1 días tienen una entrada por ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n more entries, the most common triggers appear here.</source>
        <translation>
            <numerusform>Con %n entrada más, aquí aparecerán los detonantes más frecuentes.</numerusform>
            <numerusform>Con %n entradas más, aquí aparecerán los detonantes más frecuentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Your last two weeks</source>
        <translation>Tus dos últimas semanas</translation>
    </message>
    <message>
        <source>Together these three are behind %1 % of your activations.</source>
        <translation>Entre los tres están detrás del %1 % de tus activaciones.</translation>
    </message>
    <message>
        <source>%1: %2 % of activations</source>
        <translation>%1: %2 % de las activaciones</translation>
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
        <translation>Qué pasó con el impulso</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>Acted on at once</source>
        <translation>Lo seguí enseguida</translation>
    </message>
    <message>
        <source>Acted on after a pause</source>
        <translation>Lo seguí tras una pausa</translation>
    </message>
    <message>
        <source>Not acted on</source>
        <translation>No lo seguí</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the pause was, in minutes</source>
        <translation>Cuánto duró la pausa, en minutos</translation>
    </message>
    <message>
        <source>after</source>
        <translation>tras</translation>
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
    <name>category</name>
    <message>
        <source>delayed reply</source>
        <translation>respuesta que tarda</translation>
    </message>
    <message>
        <source>plans changed</source>
        <translation>cambio de planes</translation>
    </message>
    <message>
        <source>tone shift</source>
        <translation>cambio de tono</translation>
    </message>
    <message>
        <source>time apart</source>
        <translation>tiempo separados</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>being ignored</source>
        <translation>sentir que me ignoran</translation>
    </message>
    <message>
        <source>feeling left out</source>
        <translation>sentirme fuera</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
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
        <source>The new passphrase is the same as the current one; nothing was changed.</source>
        <translation>La frase de acceso nueva es igual a la actual; no se ha cambiado nada.</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Borrar entrada</translation>
    </message>
    <message>
        <source>Entry deleted again.</source>
        <translation>Entrada borrada de nuevo.</translation>
    </message>
    <message>
        <source>The entry could not be brought back.</source>
        <translation>No se ha podido recuperar la entrada.</translation>
    </message>
    <message>
        <source>Entry restored: it is back in the journal.</source>
        <translation>Entrada recuperada: vuelve a estar en el registro.</translation>
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
    <name>prompts</name>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>The moment it began: what you saw, heard, or kept waiting for.</source>
        <translation>El momento en que empezó: lo que viste, oíste o te quedaste esperando.</translation>
    </message>
    <message>
        <source>In my body</source>
        <translation>En mi cuerpo</translation>
    </message>
    <message>
        <source>Where it showed up first: a tight chest, a hot face, a knot in the stomach…</source>
        <translation>Dónde lo notaste primero: el pecho apretado, la cara ardiendo, un nudo en el estómago…</translation>
    </message>
    <message>
        <source>The story my mind told</source>
        <translation>La historia que me contó la mente</translation>
    </message>
    <message>
        <source>What it seemed to mean, in your mind&apos;s own words, however harsh they were.</source>
        <translation>Lo que parecía significar, con las palabras de tu mente, por duras que fueran.</translation>
    </message>
    <message>
        <source>The urge</source>
        <translation>El impulso</translation>
    </message>
    <message>
        <source>What you felt pulled to do right then: write, check, pull away, fix it.</source>
        <translation>Lo que te pedía el cuerpo hacer en ese momento: escribir, mirar, alejarte, arreglarlo.</translation>
    </message>
    <message>
        <source>What I actually did</source>
        <translation>Lo que hice de verdad</translation>
    </message>
    <message>
        <source>What you did in the end. Waiting and doing nothing count too.</source>
        <translation>Lo que hiciste al final. Esperar y no hacer nada también cuentan.</translation>
    </message>
    <message>
        <source>What happened after</source>
        <translation>Lo que pasó después</translation>
    </message>
    <message>
        <source>How things went afterwards, and how you felt once the wave had passed.</source>
        <translation>Cómo fueron las cosas después y cómo te sentiste cuando pasó la ola.</translation>
    </message>
    <message>
        <source>Looking again</source>
        <translation>Mirar de nuevo</translation>
    </message>
    <message>
        <source>Now that it has eased, is there another way to read what happened? A second meaning is enough; it does not have to replace the first.</source>
        <translation>Ahora que se ha suavizado, ¿hay otra forma de leer lo que pasó? Basta con un segundo significado; no tiene que sustituir al primero.</translation>
    </message>
</context>
<context>
    <name>readable</name>
    <message numerus="yes">
        <source>%n activations, newest first.</source>
        <translation>
            <numerusform>%n activación, de la más reciente a la más antigua.</numerusform>
            <numerusform>%n activaciones, de la más reciente a la más antigua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days %1 h</source>
        <translation>
            <numerusform>%n día %1 h</numerusform>
            <numerusform>%n días %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Practice: %1, %2</source>
        <translation>Práctica: %1, %2</translation>
    </message>
    <message>
        <source>Practice: %1, %2; intensity %3 → %4</source>
        <translation>Práctica: %1, %2; intensidad %3 → %4</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminada antes de tiempo</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>dejada a un lado</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>20-minute pause (%1): %2</source>
        <translation>Pausa de 20 minutos (%1): %2</translation>
    </message>
    <message>
        <source>20-minute pause (%1): %2; intensity %3 → %4</source>
        <translation>Pausa de 20 minutos (%1): %2; intensidad %3 → %4</translation>
    </message>
    <message>
        <source>Intensity not rated</source>
        <translation>Intensidad sin valorar</translation>
    </message>
    <message>
        <source>Intensity %1/10</source>
        <translation>Intensidad %1/10</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>Detonante: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Con: %1</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Todavía abierta</translation>
    </message>
    <message>
        <source>Lasted %1</source>
        <translation>Duró %1</translation>
    </message>
    <message>
        <source>Noted after a practice</source>
        <translation>Anotado después de una práctica</translation>
    </message>
    <message>
        <source>Named during the pause</source>
        <translation>Nombrado durante la pausa</translation>
    </message>
    <message>
        <source>Dialogue of %1</source>
        <translation>Diálogo del %1</translation>
    </message>
    <message>
        <source>It felt older</source>
        <translation>Se sentía mayor</translation>
    </message>
    <message>
        <source>Not sure how old it felt</source>
        <translation>Sin saber bien qué edad tenía</translation>
    </message>
    <message>
        <source>It felt about %1</source>
        <translation>Parecía tener unos %1 años</translation>
    </message>
    <message>
        <source>How stirred up afterwards: %1/10</source>
        <translation>Cuánta agitación después: %1/10</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>About the activation of %1</source>
        <translation>Sobre la activación del %1</translation>
    </message>
    <message>
        <source>When this happens, I will</source>
        <translation>Cuando pase esto, voy a</translation>
    </message>
    <message>
        <source>Plans for my triggers</source>
        <translation>Planes para mis detonantes</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Marked “I did it”: %1</source>
        <translation>Marcado “Lo hice”: %1</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <source>Dialogues with a young part</source>
        <translation>Diálogos con una parte joven</translation>
    </message>
    <message>
        <source>One practice for two weeks</source>
        <translation>Una práctica durante dos semanas</translation>
    </message>
    <message>
        <source>Written by Healer on %1.</source>
        <translation>Escrito por Healer el %1.</translation>
    </message>
    <message>
        <source>This file is not encrypted: keep it somewhere private.</source>
        <translation>Este archivo no está cifrado: guárdalo en un lugar privado.</translation>
    </message>
    <message>
        <source>My Healer journal</source>
        <translation>Mi diario de Healer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>In my body</source>
        <translation>En mi cuerpo</translation>
    </message>
    <message>
        <source>The story my mind told</source>
        <translation>La historia que me contó la mente</translation>
    </message>
    <message>
        <source>The urge</source>
        <translation>El impulso</translation>
    </message>
    <message>
        <source>What I actually did</source>
        <translation>Lo que hice de verdad</translation>
    </message>
    <message>
        <source>What happened after</source>
        <translation>Lo que pasó después</translation>
    </message>
    <message>
        <source>Looking again</source>
        <translation>Mirar de nuevo</translation>
    </message>
    <message>
        <source>Who was here</source>
        <translation>Quién estaba aquí</translation>
    </message>
    <message>
        <source>What it was afraid of</source>
        <translation>De qué tenía miedo</translation>
    </message>
    <message>
        <source>What it needed from me</source>
        <translation>Qué necesitaba de mí</translation>
    </message>
    <message>
        <source>What I answered as the steady grown-up</source>
        <translation>Lo que respondí desde la persona adulta y firme</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <translation>Respiración lenta</translation>
    </message>
    <message>
        <source>Cold water</source>
        <translation>Agua fría</translation>
    </message>
    <message>
        <source>Left and right</source>
        <translation>Izquierda y derecha</translation>
    </message>
    <message>
        <source>Look around</source>
        <translation>Mira a tu alrededor</translation>
    </message>
    <message>
        <source>Weight and warmth</source>
        <translation>Peso y calor</translation>
    </message>
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
        <source>Ended on %1: kept going with two more weeks</source>
        <translation>Terminó el %1: seguí dos semanas más</translation>
    </message>
    <message>
        <source>Ended on %1: switched to another practice</source>
        <translation>Terminó el %1: cambié a otra práctica</translation>
    </message>
    <message>
        <source>Ended on %1: stopped here</source>
        <translation>Terminó el %1: lo dejé aquí</translation>
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
        <source>Acted on the urge at once</source>
        <translation>Seguí el impulso enseguida</translation>
    </message>
    <message>
        <source>Did not act on the urge</source>
        <translation>No seguí el impulso</translation>
    </message>
    <message>
        <source>Acted on the urge after a pause</source>
        <translation>Seguí el impulso tras una pausa</translation>
    </message>
    <message>
        <source>Acted on the urge after a pause of %1</source>
        <translation>Seguí el impulso tras una pausa de %1</translation>
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
    <name>summary</name>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Activations logged</source>
        <translation>Activaciones anotadas</translation>
    </message>
    <message>
        <source>Of these, settled</source>
        <translation>De ellas, se calmaron</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Prepared by the person from their own self-help journal. Times are as they logged them; an activation lasts from when it started until it settled.</source>
        <translation>Preparado por la propia persona a partir de su diario de autoayuda. Los tiempos son los que anotó; una activación dura desde que empieza hasta que se calma.</translation>
    </message>
    <message numerus="yes">
        <source>%n moments of reaching out in this period: %1 met with care, %2 partly met, %3 missed and %4 that hurt. %5 of them were times I met my own need.</source>
        <translation>
            <numerusform>%n momento de pedir apoyo en este periodo: %1 con una acogida cuidadosa, %2 con una acogida a medias, %3 que pasaron desapercibidos y %4 que dolieron. En %5 de ellos atendí yo mi propia necesidad.</numerusform>
            <numerusform>%n momentos de pedir apoyo en este periodo: %1 con una acogida cuidadosa, %2 con una acogida a medias, %3 que pasaron desapercibidos y %4 que dolieron. En %5 de ellos atendí yo mi propia necesidad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Being met</source>
        <translation>La acogida</translation>
    </message>
    <message numerus="yes">
        <source>%n dialogues with a younger part in this period.</source>
        <translation>
            <numerusform>%n diálogo con una parte joven en este periodo.</numerusform>
            <numerusform>%n diálogos con una parte joven en este periodo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the parts have a name.</source>
        <translation>
            <numerusform>%n de las partes tiene nombre.</numerusform>
            <numerusform>%n de las partes tienen nombre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogues</source>
        <translation>
            <numerusform>%n diálogo</numerusform>
            <numerusform>%n diálogos</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts met</source>
        <translation>Diálogos con las partes</translation>
    </message>
    <message>
        <source>%1 (on %2: %3)</source>
        <comment>this answer (on the day before: that answer)</comment>
        <translation>%1 (el %2: %3)</translation>
    </message>
    <message>
        <source>Answered on %1: not really, sometimes or often. It is not a score or a diagnosis.</source>
        <translation>Respondida el %1: no mucho, a veces o a menudo. No es una puntuación ni un diagnóstico.</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Revisión personal</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Ya hecha</translation>
    </message>
    <message>
        <source>To ask</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>Questions I would like to ask</source>
        <translation>Preguntas que me gustaría hacer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>In my body</source>
        <translation>En mi cuerpo</translation>
    </message>
    <message>
        <source>The story my mind told</source>
        <translation>La historia que me contó mi mente</translation>
    </message>
    <message>
        <source>The urge</source>
        <translation>El impulso</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Lo que hice</translation>
    </message>
    <message>
        <source>What happened after</source>
        <translation>Qué pasó después</translation>
    </message>
    <message>
        <source>Looking again</source>
        <translation>Mirar de nuevo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a day · a heading</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Journal entries I chose to share</source>
        <translation>Entradas del diario que elegí compartir</translation>
    </message>
    <message>
        <source>What I noticed</source>
        <translation>Lo que noté</translation>
    </message>
    <message>
        <source>What the part feared</source>
        <translation>Lo que temía la parte</translation>
    </message>
    <message>
        <source>What it needed</source>
        <translation>Lo que necesitaba</translation>
    </message>
    <message>
        <source>What I answered</source>
        <translation>Lo que le respondí</translation>
    </message>
    <message>
        <source>Parts dialogues I chose to share</source>
        <translation>Diálogos con mis partes que elegí compartir</translation>
    </message>
    <message numerus="yes">
        <source>median %1 (%n episodes)</source>
        <translation>
            <numerusform>mediana %1 (%n episodio)</numerusform>
            <numerusform>mediana %1 (%n episodios)</numerusform>
        </translation>
    </message>
    <message>
        <source>How long activations lasted</source>
        <translation>Cuánto duraron las activaciones</translation>
    </message>
    <message>
        <source>No activation settled in this period.</source>
        <translation>En este periodo no se calmó ninguna activación.</translation>
    </message>
    <message numerus="yes">
        <source>%n settled activations; the median lasted %1.</source>
        <translation>
            <numerusform>%n activación se calmó; la mediana duró %1.</numerusform>
            <numerusform>%n activaciones se calmaron; la mediana duró %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>How strong activations felt (0 to 10)</source>
        <translation>Qué intensidad tuvieron las activaciones (de 0 a 10)</translation>
    </message>
    <message>
        <source>No intensity was rated in this period.</source>
        <translation>En este periodo no se anotó ninguna intensidad.</translation>
    </message>
    <message numerus="yes">
        <source>%n rated activations; the median peak was %1 out of 10.</source>
        <translation>
            <numerusform>%n activación con intensidad anotada; en su punto más alto, la mediana fue %1 de 10.</numerusform>
            <numerusform>%n activaciones con intensidad anotada; en su punto más alto, la mediana fue %1 de 10.</numerusform>
        </translation>
    </message>
    <message>
        <source>What set activations off</source>
        <translation>Los detonantes de las activaciones</translation>
    </message>
    <message>
        <source>No trigger category was given in this period.</source>
        <translation>En este periodo no se indicó ningún tipo de detonante.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a count and its share</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The most frequent: %1.</source>
        <translation>Los más frecuentes: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n activations had no category.</source>
        <translation>
            <numerusform>%n activación no tenía tipo de detonante.</numerusform>
            <numerusform>%n activaciones no tenían tipo de detonante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Between the urge and the action</source>
        <translation>Entre el impulso y la acción</translation>
    </message>
    <message>
        <source>No urge outcome was recorded in this period.</source>
        <translation>En este periodo no se anotó qué pasó con el impulso.</translation>
    </message>
    <message>
        <source>at once %1 · after a pause %2 · not acted on %3</source>
        <translation>en el momento %1 · tras una pausa %2 · sin actuar %3</translation>
    </message>
    <message>
        <source>How often the urge (to message, check or reach out) was acted on, each month.</source>
        <translation>Cada mes, con qué frecuencia se actuó siguiendo el impulso (de escribir, comprobar o buscar contacto).</translation>
    </message>
    <message>
        <source>Practices that help</source>
        <translation>Prácticas que ayudan</translation>
    </message>
    <message>
        <source>Too few practices with a before and after rating to say yet.</source>
        <translation>Aún hay muy pocas prácticas con la intensidad anotada antes y después para poder decir algo.</translation>
    </message>
    <message numerus="yes">
        <source>typically %1 points calmer (%n uses)</source>
        <translation>
            <numerusform>normalmente %1 puntos menos (%n vez)</numerusform>
            <numerusform>normalmente %1 puntos menos (%n veces)</numerusform>
        </translation>
    </message>
    <message>
        <source>Intensity before and after each practice, as rated at the time.</source>
        <translation>La intensidad antes y después de cada práctica, tal como se anotó en el momento.</translation>
    </message>
    <message numerus="yes">
        <source>%n twenty-minute pauses seen through in this period; %1 in all.</source>
        <translation>
            <numerusform>%n pausa de 20 minutos completada en este periodo; %1 en total.</numerusform>
            <numerusform>%n pausas de 20 minutos completadas en este periodo; %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pauses seen through</source>
        <translation>Pausas completadas</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month and its year, as a QDate format</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>20-minute pause</source>
        <translation>Pausa de 20 minutos</translation>
    </message>
    <message>
        <source>Prepared by the person from their own journal; not a clinical record.  %1 – %2</source>
        <translation>Preparado por la propia persona a partir de su diario; no es un informe clínico.  %1 – %2</translation>
    </message>
    <message>
        <source>Summary for a therapist</source>
        <translation>Resumen para terapia</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <source>When my attachment alarm goes off, it gets in the way of work, friendships or ordinary days.</source>
        <translation>Cuando salta mi alarma de apego, se interpone en el trabajo, en las amistades o en el día a día.</translation>
    </message>
    <message>
        <source>I have flashbacks, go numb or feel far away from myself, or fall into spirals of shame.</source>
        <translation>Tengo flashbacks, se me apaga todo por dentro o me siento lejos de mí, o caigo en espirales de vergüenza.</translation>
    </message>
    <message>
        <source>I keep ending up close to people who touch the same old hurt.</source>
        <translation>Una y otra vez acabo cerca de personas que tocan la misma herida de siempre.</translation>
    </message>
    <message>
        <source>Self-help eases things, yet something underneath stays out of reach.</source>
        <translation>La autoayuda alivia, pero algo más profundo sigue fuera de mi alcance.</translation>
    </message>
    <message>
        <source>Growing up, care was missing, harmful or hard to count on.</source>
        <translation>En mi infancia, el cuidado faltaba, hacía daño o no se podía contar con él.</translation>
    </message>
    <message>
        <source>Activation getting in the way of daily life</source>
        <translation>La activación se interpone en el día a día</translation>
    </message>
    <message>
        <source>Flashbacks, numbness or shame spirals</source>
        <translation>Flashbacks, desconexión o espirales de vergüenza</translation>
    </message>
    <message>
        <source>Partners who re-open the same hurt</source>
        <translation>Parejas que reabren la misma herida</translation>
    </message>
    <message>
        <source>Self-help not reaching the deepest layer</source>
        <translation>La autoayuda no llega a lo más hondo</translation>
    </message>
    <message>
        <source>Neglect, harm or inconsistency in childhood</source>
        <translation>Desatención, daño o inconstancia en la infancia</translation>
    </message>
    <message>
        <source>Not really</source>
        <translation>No mucho</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>A veces</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>A menudo</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>None of these feel true for you lately. That is good to know, and it can change: you can come back to these questions whenever you like. If you are curious about working with someone anyway, Approaches and Questions to ask are here for you.</source>
        <translation>Últimamente ninguna de estas frases es cierta para ti. Es bueno saberlo, y puede cambiar: puedes volver a estas preguntas cuando quieras. Si aun así te interesa trabajar con alguien, Enfoques y Preguntas para hacer están aquí para ti.</translation>
    </message>
    <message>
        <source>You marked as often: %1.</source>
        <translation>Marcaste “a menudo” en: %1.</translation>
    </message>
    <message>
        <source>You marked as sometimes: %1.</source>
        <translation>Marcaste “a veces” en: %1.</translation>
    </message>
    <message>
        <source>These are reasons many people find it helpful to work with a therapist alongside their own practice. It says nothing final about you, and what you do with it is yours to decide. Approaches and Questions to ask, beside this, may help you find someone who fits.</source>
        <translation>Son motivos por los que a muchas personas les ayuda hacer terapia además de su propia práctica. No dice nada definitivo sobre ti, y lo que hagas con ello lo decides tú. Enfoques y Preguntas para hacer, aquí al lado, pueden ayudarte a encontrar a alguien que encaje contigo.</translation>
    </message>
    <message>
        <source>Some of the approaches described under Approaches work with the body and with old hurt directly, which some people find gentler when memories or shame weigh heavily.</source>
        <translation>Algunos de los enfoques que se describen en Enfoques trabajan directamente con el cuerpo y con las heridas antiguas, algo que a algunas personas les resulta más suave cuando los recuerdos o la vergüenza pesan mucho.</translation>
    </message>
    <message>
        <source>Healer is a self-help journal, not a crisis service. If you are in danger or cannot keep yourself safe, contact your local emergency services or a crisis line now.</source>
        <translation>Healer es un diario de autoayuda, no un servicio de crisis. Si corres peligro o no puedes mantenerte a salvo, llama ahora a los servicios de emergencia de tu zona o a una línea de crisis.</translation>
    </message>
    <message>
        <source>Do you work with attachment, and how does it shape the way you work?</source>
        <translation>¿Trabajas con el apego? ¿Cómo influye en tu forma de trabajar?</translation>
    </message>
    <message>
        <source>Are you trained in a body-based or experiential approach?</source>
        <translation>¿Tienes formación en algún enfoque corporal o experiencial?</translation>
    </message>
    <message>
        <source>How would you work with a young, frightened part of me?</source>
        <translation>¿Cómo trabajarías con una parte joven y asustada de mí?</translation>
    </message>
    <message>
        <source>What do you do when talking alone has not helped someone before?</source>
        <translation>¿Qué haces cuando hablar, sin más, no le ha servido antes a alguien?</translation>
    </message>
    <message>
        <source>How will we notice together whether this is helping?</source>
        <translation>¿Cómo vamos a notar si esto está ayudando?</translation>
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
