<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FieldDefinition</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Drop-down</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>Check box</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>Give the field a label.</source>
        <translation>Geben Sie dem Feld eine Bezeichnung.</translation>
    </message>
    <message>
        <source>The label is too long (at most 200 characters).</source>
        <translation>Die Bezeichnung ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>The key must start with a lower-case letter and use only lower-case letters, digits and underscores (at most 63).</source>
        <translation>Der Schlüssel muss mit einem Kleinbuchstaben beginnen und darf nur Kleinbuchstaben, Ziffern und Unterstriche enthalten (höchstens 63 Zeichen).</translation>
    </message>
    <message>
        <source>A drop-down field needs at least one option.</source>
        <translation>Eine Auswahlliste braucht mindestens eine Option.</translation>
    </message>
    <message>
        <source>Options cannot be empty.</source>
        <translation>Optionen dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is listed twice.</source>
        <translation>Die Option „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>%1 needs text.</source>
        <translation>%1 braucht einen Text.</translation>
    </message>
    <message>
        <source>%1 is too long (at most 10000 characters).</source>
        <translation>%1 ist zu lang (höchstens 10000 Zeichen).</translation>
    </message>
    <message>
        <source>%1 needs a number.</source>
        <translation>%1 braucht eine Zahl.</translation>
    </message>
    <message>
        <source>%1 needs a date such as 2027-01-31.</source>
        <translation>%1 braucht ein Datum wie 2027-01-31.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1 needs yes or no.</source>
        <translation>%1 braucht Ja oder Nein.</translation>
    </message>
</context>
<context>
    <name>helpdesk::AdminArea</name>
    <message>
        <source>You are not an admin: you can look at these settings, but the server will refuse any change you make here.</source>
        <translation>Sie sind kein Admin: Sie können diese Einstellungen ansehen, aber der Server lehnt jede Änderung ab, die Sie hier vornehmen.</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>Teams and members</source>
        <translation>Teams und Mitglieder</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>SLA-Richtlinien</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>Makros</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
</context>
<context>
    <name>helpdesk::AdminPage</name>
    <message>
        <source>The server did not accept a change on this page. It was undone.</source>
        <translation>Der Server hat eine Änderung auf dieser Seite nicht angenommen. Sie wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>This version of the application does not keep &quot;%1&quot; in its local copy.</source>
        <translation>Diese Version der Anwendung speichert „%1“ nicht in ihrer lokalen Kopie.</translation>
    </message>
    <message>
        <source>The local copy could not be read: %1</source>
        <translation>Die lokale Kopie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer: %1</source>
        <translation>Die Änderung konnte auf diesem Computer nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>helpdesk::AiAssistPanel</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>another team</source>
        <translation>ein anderes Team</translation>
    </message>
    <message>
        <source>Waiting for us</source>
        <translation>Wartet auf uns</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Wartet auf den Kunden</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Noch nichts geschrieben</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Suggestions only: nothing is sent or changed until you click.</source>
        <translation>Nur Vorschläge: Nichts wird gesendet oder geändert, bevor Sie klicken.</translation>
    </message>
    <message>
        <source>The assistant needs a connection to the server. You are offline: suggestions come back when the connection does.</source>
        <translation>Der Assistent braucht eine Verbindung zum Server. Sie sind offline: Vorschläge gibt es wieder, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Suggested reply</source>
        <translation>Antwortvorschlag</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Similar tickets and articles</source>
        <translation>Ähnliche Tickets und Artikel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Triage again</source>
        <translation>Erneut triagieren</translation>
    </message>
    <message>
        <source>Suggest reply</source>
        <translation>Antwort vorschlagen</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Ähnliche finden</translation>
    </message>
    <message>
        <source>Select a ticket to see the assistant&apos;s suggestions.</source>
        <translation>Wählen Sie ein Ticket, um die Vorschläge des Assistenten zu sehen.</translation>
    </message>
    <message>
        <source>A draft grounded in the help articles and similar solved tickets.</source>
        <translation>Ein Entwurf auf Grundlage der Hilfeartikel und ähnlicher gelöster Tickets.</translation>
    </message>
    <message>
        <source>The thread in four lines: problem, what was tried, state, next step.</source>
        <translation>Die Konversation in vier Zeilen: Problem, bisherige Versuche, Stand, nächster Schritt.</translation>
    </message>
    <message>
        <source>The assistant panel is for agents.</source>
        <translation>Der Assistent steht nur Agenten zur Verfügung.</translation>
    </message>
    <message>
        <source>Needs a connection.</source>
        <translation>Benötigt eine Verbindung.</translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Open the solved ticket</source>
        <translation>Gelöstes Ticket öffnen</translation>
    </message>
    <message>
        <source>Needs a connection; nothing similar in the local cache either.</source>
        <translation>Benötigt eine Verbindung; auch im lokalen Cache gibt es nichts Ähnliches.</translation>
    </message>
    <message>
        <source>Offline: found in your local cache. The assistant&apos;s ranking needs a connection.</source>
        <translation>Offline: in Ihrem lokalen Cache gefunden. Für die Rangfolge des Assistenten ist eine Verbindung nötig.</translation>
    </message>
    <message>
        <source>Writing a draft…</source>
        <translation>Entwurf wird geschrieben …</translation>
    </message>
    <message>
        <source>Reading the thread…</source>
        <translation>Konversation wird gelesen …</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>Triaging…</source>
        <translation>Triage läuft …</translation>
    </message>
    <message>
        <source>Overall confidence: %1</source>
        <translation>Gesamtkonfidenz: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Confidence %1</source>
        <translation>Konfidenz %1</translation>
    </message>
    <message>
        <source>already set</source>
        <translation>bereits gesetzt</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>aktuell: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Set the ticket&apos;s %1 to this suggestion</source>
        <translation>Diesen Vorschlag für „%1“ ins Ticket übernehmen</translation>
    </message>
    <message>
        <source>Ignore this suggestion</source>
        <translation>Diesen Vorschlag ignorieren</translation>
    </message>
    <message>
        <source>Sentiment: %1 · Language: %2 (%3)</source>
        <translation>Stimmung: %1 · Sprache: %2 (%3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No triage model has been trained on this workspace&apos;s tickets yet.</source>
        <translation>Mit den Tickets dieses Arbeitsbereichs wurde noch kein Triage-Modell trainiert.</translation>
    </message>
    <message>
        <source>Train the triage model</source>
        <translation>Triage-Modell trainieren</translation>
    </message>
    <message>
        <source>No triage model has been trained yet; an admin can train one from this workspace&apos;s tickets.</source>
        <translation>Es wurde noch kein Triage-Modell trainiert; ein Admin kann eines mit den Tickets dieses Arbeitsbereichs trainieren.</translation>
    </message>
    <message>
        <source>Dismiss triage</source>
        <translation>Triage verwerfen</translation>
    </message>
    <message>
        <source>This ticket is not in the local cache any more.</source>
        <translation>Dieses Ticket ist nicht mehr im lokalen Cache.</translation>
    </message>
    <message>
        <source>Replace what a person set?</source>
        <translation>Von einer Person gesetzten Wert ersetzen?</translation>
    </message>
    <message>
        <source>The ticket&apos;s %1 is %2, set by a person. Replace it with the suggestion %3?</source>
        <translation>Eine Person hat „%1“ in diesem Ticket auf %2 gesetzt. Durch den Vorschlag %3 ersetzen?</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>Training on this workspace&apos;s tickets…</source>
        <translation>Training mit den Tickets dieses Arbeitsbereichs …</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>Ticket öffnen</translation>
    </message>
    <message>
        <source>No article or solved ticket matched; the draft is generic.</source>
        <translation>Kein Artikel und kein gelöstes Ticket passte; der Entwurf ist allgemein gehalten.</translation>
    </message>
    <message>
        <source>Use in reply</source>
        <translation>In Antwort übernehmen</translation>
    </message>
    <message>
        <source>Put the draft into the composer to edit and send it yourself</source>
        <translation>Den Entwurf in den Editor übernehmen, um ihn selbst zu bearbeiten und zu senden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>In the composer: edit it and send it yourself.</source>
        <translation>Im Editor: Bearbeiten und senden Sie ihn selbst.</translation>
    </message>
    <message>
        <source>Draft dismissed.</source>
        <translation>Entwurf verworfen.</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>not stated yet</source>
        <translation>noch nicht genannt</translation>
    </message>
    <message>
        <source>Tried:</source>
        <translation>Versucht:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <source>none suggested</source>
        <translation>kein Vorschlag</translation>
    </message>
    <message>
        <source>This summary is right</source>
        <translation>Diese Zusammenfassung ist zutreffend</translation>
    </message>
    <message>
        <source>This summary is wrong or not useful</source>
        <translation>Diese Zusammenfassung ist falsch oder nicht hilfreich</translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation>%1 (intern)</translation>
    </message>
    <message>
        <source>No similar solved ticket or article found.</source>
        <translation>Kein ähnliches gelöstes Ticket und kein ähnlicher Artikel gefunden.</translation>
    </message>
    <message>
        <source>Your choice could not be recorded: %1</source>
        <translation>Ihre Auswahl konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::AskAssistant</name>
    <message>
        <source>Ask a question</source>
        <translation>Eine Frage stellen</translation>
    </message>
    <message>
        <source>Our assistant answers from the help articles. If it cannot help, create a ticket and a person will.</source>
        <translation>Unser Assistent antwortet anhand der Hilfeartikel. Wenn er nicht helfen kann, erstellen Sie ein Ticket – dann hilft Ihnen ein Mensch.</translation>
    </message>
    <message>
        <source>Describe your problem or question</source>
        <translation>Beschreiben Sie Ihr Problem oder Ihre Frage</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>The assistant needs a connection to the server. You can still create a ticket; it is sent when you are back online.</source>
        <translation>Der Assistent braucht eine Verbindung zum Server. Sie können trotzdem ein Ticket erstellen; es wird gesendet, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <source>This solved my problem</source>
        <translation>Das hat mein Problem gelöst</translation>
    </message>
    <message>
        <source>Create a ticket</source>
        <translation>Ticket erstellen</translation>
    </message>
    <message>
        <source>Glad it helped. No ticket needed.</source>
        <translation>Schön, dass es geholfen hat. Es ist kein Ticket nötig.</translation>
    </message>
    <message>
        <source>Type your question first.</source>
        <translation>Geben Sie zuerst Ihre Frage ein.</translation>
    </message>
    <message>
        <source>Needs a connection. Create a ticket instead, or ask again when you are back online.</source>
        <translation>Benötigt eine Verbindung. Erstellen Sie stattdessen ein Ticket oder fragen Sie erneut, wenn Sie wieder online sind.</translation>
    </message>
    <message>
        <source>Looking through the help articles…</source>
        <translation>Hilfeartikel werden durchsucht …</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Read the article</source>
        <translation>Artikel lesen</translation>
    </message>
    <message>
        <source>Still need help? Create a ticket</source>
        <translation>Brauchen Sie weiter Hilfe? Ticket erstellen</translation>
    </message>
    <message>
        <source>Could not record that: %1</source>
        <translation>Das konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::AssistClient</name>
    <message>
        <source>Suggested by the configured AI model</source>
        <translation>Vorgeschlagen vom konfigurierten KI-Modell</translation>
    </message>
    <message>
        <source>Suggested by the built-in engine (no external AI service)</source>
        <translation>Vorgeschlagen von der integrierten Engine (kein externer KI-Dienst)</translation>
    </message>
    <message>
        <source>%1 · from cache</source>
        <translation>%1 · aus dem Cache</translation>
    </message>
    <message>
        <source>The configured AI model did not answer (%1), so the built-in engine answered instead.</source>
        <translation>Das konfigurierte KI-Modell hat nicht geantwortet (%1), daher hat stattdessen die integrierte Engine geantwortet.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The assistant needs a connection to the server. Try again when you are back online.</source>
        <translation>Der Assistent braucht eine Verbindung zum Server. Versuchen Sie es erneut, wenn Sie wieder online sind.</translation>
    </message>
    <message>
        <source>The assistant took too long to answer. Please try again.</source>
        <translation>Der Assistent hat zu lange für die Antwort gebraucht. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>This ticket is not available to you any more (deleted, or no longer visible).</source>
        <translation>Dieses Ticket ist für Sie nicht mehr verfügbar (gelöscht oder nicht mehr sichtbar).</translation>
    </message>
    <message>
        <source>Your role may not use this part of the assistant.</source>
        <translation>Ihre Rolle darf diesen Teil des Assistenten nicht verwenden.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>There are not enough labelled tickets to train on yet (at least 3 per category, team or tag).</source>
        <translation>Es gibt noch nicht genug gekennzeichnete Tickets für das Training (mindestens 3 pro Kategorie, Team oder Schlagwort).</translation>
    </message>
    <message>
        <source>The assistant could not read this request: %1</source>
        <translation>Der Assistent konnte diese Anfrage nicht lesen: %1</translation>
    </message>
    <message>
        <source>The assistant failed on the server. Please try again later.</source>
        <translation>Der Assistent ist auf dem Server fehlgeschlagen. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server has no AI assistant (the ai-assist function is not deployed).</source>
        <translation>Der Server hat keinen KI-Assistenten (die Funktion ai-assist ist nicht bereitgestellt).</translation>
    </message>
</context>
<context>
    <name>helpdesk::AssistSection</name>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
</context>
<context>
    <name>helpdesk::AttachmentList</name>
    <message>
        <source>Attach files…</source>
        <translation>Dateien anhängen …</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A), or drop them on the ticket</source>
        <translation>Dateien anhängen (Strg+Umschalt+A) oder auf das Ticket ziehen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>No attachments. Drop files here or use “Attach files…”.</source>
        <translation>Keine Anhänge. Ziehen Sie Dateien hierher oder verwenden Sie „Dateien anhängen …“.</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Zum Öffnen doppelklicken</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Anhänge (%1)</translation>
    </message>
    <message>
        <source>the requester sees them too</source>
        <translation>auch für den Anfragenden sichtbar</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts (at most %1).</source>
        <translation>Die Datei ist größer, als der Server annimmt (höchstens %1).</translation>
    </message>
    <message>
        <source>You are not allowed to attach files to this ticket.</source>
        <translation>Sie dürfen an dieses Ticket keine Dateien anhängen.</translation>
    </message>
    <message>
        <source>You are not allowed to download this file.</source>
        <translation>Sie dürfen diese Datei nicht herunterladen.</translation>
    </message>
    <message>
        <source>The file is no longer on the server.</source>
        <translation>Die Datei ist nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <source>The upload failed: the server cannot be reached. Try again when you are online.</source>
        <translation>Das Hochladen ist fehlgeschlagen: Der Server ist nicht erreichbar. Versuchen Sie es erneut, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>The download failed: the server cannot be reached. Try again when you are online.</source>
        <translation>Das Herunterladen ist fehlgeschlagen: Der Server ist nicht erreichbar. Versuchen Sie es erneut, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>You are offline: files upload only while the server is reachable. Nothing was queued; attach the file again once you are back online.</source>
        <translation>Sie sind offline: Dateien werden nur hochgeladen, solange der Server erreichbar ist. Es wurde nichts vorgemerkt; hängen Sie die Datei erneut an, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>“%1” is %2; attachments can be at most %3.</source>
        <translation>„%1“ ist %2 groß; Anhänge dürfen höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <source>“%1” was not attached. %2</source>
        <translation>„%1“ wurde nicht angehängt. %2</translation>
    </message>
    <message>
        <source>“%1” was uploaded but could not be recorded: %2</source>
        <translation>„%1“ wurde hochgeladen, konnte aber nicht eingetragen werden: %2</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded. %2</source>
        <translation>„%1“ konnte nicht heruntergeladen werden. %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>No place to keep the file for opening.</source>
        <translation>Es gibt keinen Ort, an dem die Datei zum Öffnen abgelegt werden kann.</translation>
    </message>
</context>
<context>
    <name>helpdesk::BulkActionBar</name>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Schlagwort hinzufügen …</translation>
    </message>
    <message>
        <source>Remove a tag…</source>
        <translation>Schlagwort entfernen …</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Mir</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Tag to add to the selected tickets:</source>
        <translation>Schlagwort, das den ausgewählten Tickets hinzugefügt wird:</translation>
    </message>
    <message>
        <source>Tag to remove from the selected tickets:</source>
        <translation>Schlagwort, das aus den ausgewählten Tickets entfernt wird:</translation>
    </message>
    <message numerus="yes">
        <source>Change %n tickets?</source>
        <translation>
            <numerusform>%n Ticket ändern?</numerusform>
            <numerusform>%n Tickets ändern?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This changes %n tickets at once. There is no undo for a bulk change.</source>
        <translation>
            <numerusform>Damit wird %n Ticket auf einmal geändert. Eine Massenänderung lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Damit werden %n Tickets auf einmal geändert. Eine Massenänderung lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::BulkOutcome</name>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket geändert</numerusform>
            <numerusform>%n Tickets geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had it</source>
        <translation>
            <numerusform>%n war bereits so gesetzt</numerusform>
            <numerusform>%n waren bereits so gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be changed</source>
        <translation>
            <numerusform>%n konnte nicht geändert werden</numerusform>
            <numerusform>%n konnten nicht geändert werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::BusinessHoursEditor</name>
    <message>
        <source>Around the clock (24/7)</source>
        <translation>Rund um die Uhr (24/7)</translation>
    </message>
    <message>
        <source>Closed — or e.g. 09:00-12:00, 13:00-17:00</source>
        <translation>Geschlossen – oder z. B. 09:00-12:00, 13:00-17:00</translation>
    </message>
    <message>
        <source>Weekdays 9–17</source>
        <translation>Werktags 9–17 Uhr</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time window; write it as 09:00-17:00.</source>
        <translation>„%1“ ist kein Zeitfenster; schreiben Sie es als 09:00-17:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time that does not exist; use 00:00 to 24:00.</source>
        <translation>„%1“ enthält eine Uhrzeit, die es nicht gibt; verwenden Sie 00:00 bis 24:00.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot; the end is not after the start.</source>
        <translation>In „%1“ liegt das Ende nicht nach dem Beginn.</translation>
    </message>
    <message>
        <source>The windows %1-%2 and %3-%4 overlap.</source>
        <translation>Die Zeitfenster %1-%2 und %3-%4 überschneiden sich.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add business hours to at least one day, or choose around the clock.</source>
        <translation>Tragen Sie für mindestens einen Tag Geschäftszeiten ein oder wählen Sie „Rund um die Uhr“.</translation>
    </message>
</context>
<context>
    <name>helpdesk::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Change not accepted</source>
        <translation>Änderung nicht übernommen</translation>
    </message>
    <message>
        <source>This item changed on the server while you were editing it.</source>
        <translation>Dieser Eintrag wurde auf dem Server geändert, während Sie ihn bearbeitet haben.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Version auf dem Server</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Apply my version</source>
        <translation>Meine Version übernehmen</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>Version des Servers behalten</translation>
    </message>
</context>
<context>
    <name>helpdesk::DashboardArea</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren …</translation>
    </message>
    <message>
        <source>Export tables to CSV…</source>
        <translation>Tabellen als CSV exportieren …</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Delete scheduled report</source>
        <translation>Geplanten Bericht löschen</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>Geplante Berichte</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF wird geschrieben …</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>The dashboard has no figures to export yet.</source>
        <translation>Das Dashboard enthält noch keine Zahlen, die exportiert werden können.</translation>
    </message>
    <message>
        <source>Writing the CSV files…</source>
        <translation>CSV-Dateien werden geschrieben …</translation>
    </message>
    <message>
        <source>Export dashboard to PDF</source>
        <translation>Dashboard als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export the dashboard&apos;s tables to CSV files in</source>
        <translation>Tabellen des Dashboards als CSV-Dateien exportieren nach</translation>
    </message>
</context>
<context>
    <name>helpdesk::DashboardExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Helpdesk dashboard</source>
        <translation>Helpdesk-Dashboard</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>%1 · generated %2 UTC</source>
        <translation>%1 · erstellt %2 UTC</translation>
    </message>
    <message>
        <source>Figures from: %1</source>
        <translation>Datenbasis: %1</translation>
    </message>
    <message>
        <source>Helpdesk dashboard — %1</source>
        <translation>Helpdesk-Dashboard – %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>helpdesk::DashboardView</name>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Quarter (90 days)</source>
        <translation>Quartal (90 Tage)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Date range (UTC)</source>
        <translation>Zeitraum (UTC)</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Created vs solved</source>
        <translation>Erstellt und gelöst</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Backlog by status</source>
        <translation>Rückstand nach Status</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Reaktionszeiten</translation>
    </message>
    <message>
        <source>Backlog by priority</source>
        <translation>Rückstand nach Priorität</translation>
    </message>
    <message>
        <source>Backlog by channel</source>
        <translation>Rückstand nach Kanal</translation>
    </message>
    <message>
        <source>AI suggestions</source>
        <translation>KI-Vorschläge</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>1st response (min)</source>
        <translation>Erste Antwort (Min.)</translation>
    </message>
    <message>
        <source>Resolution (min)</source>
        <translation>Lösung (Min.)</translation>
    </message>
    <message>
        <source>SLA met %</source>
        <translation>SLA eingehalten %</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Median minutes from creation to the first agent reply</source>
        <translation>Median der Minuten von der Erstellung bis zur ersten Antwort eines Agenten</translation>
    </message>
    <message>
        <source>Median minutes from creation to solved</source>
        <translation>Median der Minuten von der Erstellung bis zur Lösung</translation>
    </message>
    <message>
        <source>Share of the agent&apos;s SLA tickets that met both targets</source>
        <translation>Anteil der SLA-Tickets des Agenten, bei denen beide Ziele eingehalten wurden</translation>
    </message>
    <message>
        <source>Average customer rating (1-5) of the agent&apos;s rated tickets, with how many were rated</source>
        <translation>Durchschnittliche Kundenbewertung (1–5) der bewerteten Tickets des Agenten, mit der Anzahl der Bewertungen</translation>
    </message>
    <message>
        <source>Double-click an agent to open their tickets</source>
        <translation>Doppelklicken Sie auf einen Agenten, um seine Tickets zu öffnen</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1: %2 (UTC) · Team: %3 · Channel: %4 · %5</source>
        <translation>%1: %2 (UTC) · Team: %3 · Kanal: %4 · %5</translation>
    </message>
    <message>
        <source>Figures from: %1</source>
        <translation>Datenbasis: %1</translation>
    </message>
    <message>
        <source>Every ticket you may see, computed by the server.</source>
        <translation>Alle Tickets, die Sie sehen dürfen, vom Server berechnet.</translation>
    </message>
    <message>
        <source>Computed from the tickets synced to this computer.</source>
        <translation>Berechnet aus den Tickets, die mit diesem Computer synchronisiert sind.</translation>
    </message>
    <message>
        <source>These figures could not be loaded.</source>
        <translation>Diese Zahlen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>No tickets were created or solved in this period.</source>
        <translation>In diesem Zeitraum wurden keine Tickets erstellt oder gelöst.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 am %2: %3</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Open work</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>Keine offenen Tickets.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Response times&lt;br&gt;&lt;small&gt;first response median %1 / p90 %2 min · resolution median %3 / p90 %4 min&lt;/small&gt;</source>
        <translation>Reaktionszeiten&lt;br&gt;&lt;small&gt;Erste Antwort Median %1 / p90 %2 Min. · Lösung Median %3 / p90 %4 Min.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>No first responses or resolutions in this period.</source>
        <translation>In diesem Zeitraum gab es keine ersten Antworten oder Lösungen.</translation>
    </message>
    <message>
        <source>Met %</source>
        <translation>Eingehalten %</translation>
    </message>
    <message>
        <source>Buckets with breaches</source>
        <translation>Zeiträume mit Verletzungen</translation>
    </message>
    <message>
        <source>%1: %2% met, %3 of %4 SLA tickets breached</source>
        <translation>%1: %2 % eingehalten, %3 von %4 SLA-Tickets verletzt</translation>
    </message>
    <message>
        <source>No tickets with an SLA in this period.</source>
        <translation>In diesem Zeitraum gibt es keine Tickets mit SLA.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>AI suggestions — %1% accepted as suggested</source>
        <translation>KI-Vorschläge – %1 % unverändert übernommen</translation>
    </message>
    <message>
        <source>No AI suggestions in this period.</source>
        <translation>In diesem Zeitraum gab es keine KI-Vorschläge.</translation>
    </message>
    <message>
        <source>Bucket start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>SLA tickets</source>
        <translation>SLA-Tickets</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>First response breached</source>
        <translation>Erste Antwort verletzt</translation>
    </message>
    <message>
        <source>Resolution breached</source>
        <translation>Lösung verletzt</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Oldest created</source>
        <translation>Älteste Erstellung</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Median (Min.)</translation>
    </message>
    <message>
        <source>p90 (min)</source>
        <translation>p90 (Min.)</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Accepted %</source>
        <translation>Übernommen %</translation>
    </message>
    <message>
        <source>Edited %</source>
        <translation>Bearbeitet %</translation>
    </message>
    <message>
        <source>Rejected %</source>
        <translation>Abgelehnt %</translation>
    </message>
</context>
<context>
    <name>helpdesk::Desk</name>
    <message>
        <source>Filtered tickets</source>
        <translation>Gefilterte Tickets</translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation>Ticket erstellt</translation>
    </message>
</context>
<context>
    <name>helpdesk::Error</name>
    <message>
        <source>The server cannot be reached. Check your connection; your changes are kept and will be sent when it is back.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung; Ihre Änderungen bleiben erhalten und werden gesendet, sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation>Der Server hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent an answer this version of the application does not understand.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese Version der Anwendung nicht versteht.</translation>
    </message>
    <message>
        <source>Someone else changed this item at the same time. Review both versions before saving again.</source>
        <translation>Jemand anderes hat diesen Eintrag gleichzeitig geändert. Prüfen Sie beide Versionen, bevor Sie erneut speichern.</translation>
    </message>
    <message>
        <source>Some of the information entered is not valid.</source>
        <translation>Einige der eingegebenen Angaben sind ungültig.</translation>
    </message>
    <message>
        <source>The email address or password is incorrect.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Please confirm your email address before signing in.</source>
        <translation>Bitte bestätigen Sie Ihre E-Mail-Adresse, bevor Sie sich anmelden.</translation>
    </message>
    <message>
        <source>An account with this email address already exists.</source>
        <translation>Es gibt bereits ein Konto mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The password is too weak. Choose a longer password.</source>
        <translation>Das Passwort ist zu schwach. Wählen Sie ein längeres Passwort.</translation>
    </message>
    <message>
        <source>New accounts cannot be created on this server.</source>
        <translation>Auf diesem Server können keine neuen Konten angelegt werden.</translation>
    </message>
    <message>
        <source>This account has been suspended.</source>
        <translation>Dieses Konto wurde gesperrt.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The item was not found, or you no longer have access to it.</source>
        <translation>Der Eintrag wurde nicht gefunden, oder Sie haben keinen Zugriff mehr darauf.</translation>
    </message>
    <message>
        <source>An item with the same value already exists.</source>
        <translation>Ein Eintrag mit demselben Wert existiert bereits.</translation>
    </message>
    <message>
        <source>This item refers to something that no longer exists, or is still referred to by other items.</source>
        <translation>Dieser Eintrag verweist auf etwas, das nicht mehr existiert, oder andere Einträge verweisen noch auf ihn.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Dazu fehlt Ihnen die Berechtigung.</translation>
    </message>
    <message>
        <source>The server was busy with a conflicting change. Please try again.</source>
        <translation>Der Server war mit einer widersprüchlichen Änderung beschäftigt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>Die Datei wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Die Datei ist zu groß.</translation>
    </message>
    <message>
        <source>This type of file is not allowed.</source>
        <translation>Dieser Dateityp ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>This conflicts with an existing item.</source>
        <translation>Dies steht im Widerspruch zu einem vorhandenen Eintrag.</translation>
    </message>
    <message>
        <source>The server had a problem. Please try again later.</source>
        <translation>Der Server hatte ein Problem. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
</context>
<context>
    <name>helpdesk::FieldDefinitionsPage</name>
    <message>
        <source>&lt;h2&gt;Custom fields&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Benutzerdefinierte Felder&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Extra fields on every ticket. Required fields must be filled in before a ticket is solved or closed; fields shown to customers can be filled in by them.</source>
        <translation>Zusätzliche Felder auf jedem Ticket. Pflichtfelder müssen ausgefüllt sein, bevor ein Ticket gelöst oder geschlossen wird; für Kunden sichtbare Felder können diese selbst ausfüllen.</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Neues Feld</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>No custom fields yet. Press Ctrl+N to add one, for example an order number.</source>
        <translation>Noch keine benutzerdefinierten Felder. Drücken Sie Strg+N, um eines hinzuzufügen, zum Beispiel eine Bestellnummer.</translation>
    </message>
    <message>
        <source>For example: Order number</source>
        <translation>Zum Beispiel: Bestellnummer</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>The name the value is stored under. It cannot be changed once the field exists.</source>
        <translation>Der Name, unter dem der Wert gespeichert wird. Er kann nicht mehr geändert werden, sobald das Feld existiert.</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Eine Option pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>Required before solving or closing</source>
        <translation>Pflichtfeld vor dem Lösen oder Schließen</translation>
    </message>
    <message>
        <source>Customers see and fill in this field</source>
        <translation>Kunden sehen dieses Feld und füllen es aus</translation>
    </message>
    <message>
        <source>In use (unticked: hidden, existing values kept)</source>
        <translation>In Verwendung (nicht angehakt: ausgeblendet, vorhandene Werte bleiben erhalten)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>Feld löschen</translation>
    </message>
    <message>
        <source>Preview: what agents see on a ticket</source>
        <translation>Vorschau: Was Agenten auf einem Ticket sehen</translation>
    </message>
    <message>
        <source>Save field</source>
        <translation>Feld speichern</translation>
    </message>
    <message>
        <source>Move field up</source>
        <translation>Feld nach oben verschieben</translation>
    </message>
    <message>
        <source>Move field down</source>
        <translation>Feld nach unten verschieben</translation>
    </message>
    <message>
        <source>The custom fields could not be read from the local copy: %1</source>
        <translation>Die benutzerdefinierten Felder konnten nicht aus der lokalen Kopie gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, Pflichtfeld</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (nicht in Verwendung)</translation>
    </message>
    <message>
        <source>&lt;b&gt;New field&lt;/b&gt; — give it a label and save (Ctrl+S).</source>
        <translation>&lt;b&gt;Neues Feld&lt;/b&gt; – geben Sie ihm eine Bezeichnung und speichern Sie (Strg+S).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Another field (&quot;%1&quot;) already uses the key &quot;%2&quot;.</source>
        <translation>Ein anderes Feld („%1“) verwendet bereits den Schlüssel „%2“.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; added.</source>
        <translation>Feld „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; saved.</source>
        <translation>Feld „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Select the field to delete.</source>
        <translation>Wählen Sie das Feld aus, das gelöscht werden soll.</translation>
    </message>
    <message>
        <source>Delete the field &quot;%1&quot;? Values already on tickets stay stored but are no longer shown. To keep showing them, untick &quot;In use&quot; instead.</source>
        <translation>Das Feld „%1“ löschen? Werte, die bereits auf Tickets stehen, bleiben gespeichert, werden aber nicht mehr angezeigt. Damit sie weiter angezeigt werden, entfernen Sie stattdessen das Häkchen bei „In Verwendung“.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; deleted.</source>
        <translation>Feld „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>helpdesk::KbArea</name>
    <message>
        <source>Choose an article on the left, or write a new one (Ctrl+Shift+N).</source>
        <translation>Wählen Sie links einen Artikel oder schreiben Sie einen neuen (Strg+Umschalt+N).</translation>
    </message>
    <message>
        <source>Choose an article on the left, or search for what you need (Ctrl+F).</source>
        <translation>Wählen Sie links einen Artikel oder suchen Sie, was Sie brauchen (Strg+F).</translation>
    </message>
    <message>
        <source>Uploading a picture needs a connection to the server.</source>
        <translation>Zum Hochladen eines Bildes ist eine Verbindung zum Server nötig.</translation>
    </message>
    <message>
        <source>The picture was not uploaded: %1</source>
        <translation>Das Bild wurde nicht hochgeladen: %1</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Your changes to this article are not saved.</source>
        <translation>Ihre Änderungen an diesem Artikel sind nicht gespeichert.</translation>
    </message>
    <message>
        <source>Voting needs a connection to the server; try again when you are online.</source>
        <translation>Zum Abstimmen ist eine Verbindung zum Server nötig; versuchen Sie es erneut, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>Your vote was not saved: %1</source>
        <translation>Ihre Bewertung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Thank you, your vote is saved. You can change it any time.</source>
        <translation>Vielen Dank, Ihre Bewertung ist gespeichert. Sie können sie jederzeit ändern.</translation>
    </message>
    <message>
        <source>The server did not take a change to an article: %1</source>
        <translation>Der Server hat eine Änderung an einem Artikel nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Artikel durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Write a new article (Ctrl+Shift+N)</source>
        <translation>Neuen Artikel schreiben (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Public and internal</source>
        <translation>Öffentlich und intern</translation>
    </message>
    <message>
        <source>Least helpful and content gaps</source>
        <translation>Am wenigsten hilfreich und Inhaltslücken</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>The knowledge base could not be read from the local copy: %1</source>
        <translation>Die Wissensdatenbank konnte nicht aus der lokalen Kopie gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.
Write the article people are looking for (Ctrl+Shift+N).</source>
        <translation>Nichts gefunden für „%1“.
Schreiben Sie den Artikel, nach dem gesucht wird (Strg+Umschalt+N).</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try other words, or open a ticket.</source>
        <translation>Nichts gefunden für „%1“. Versuchen Sie andere Suchbegriffe oder eröffnen Sie ein Ticket.</translation>
    </message>
    <message>
        <source>No article matches these filters.</source>
        <translation>Kein Artikel entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>The knowledge base is empty.
Write the first article with “New article”.</source>
        <translation>Die Wissensdatenbank ist leer.
Schreiben Sie den ersten Artikel mit „Neuer Artikel“.</translation>
    </message>
    <message>
        <source>There are no articles yet.</source>
        <translation>Es gibt noch keine Artikel.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>This article is no longer in the knowledge base.</source>
        <translation>Dieser Artikel ist nicht mehr in der Wissensdatenbank.</translation>
    </message>
    <message>
        <source>Your offline edits of this article meet a newer version on the server. Nothing is lost: use “Resolve” on the left to merge them.</source>
        <translation>Ihre Offline-Änderungen an diesem Artikel treffen auf eine neuere Version auf dem Server. Es geht nichts verloren: Führen Sie sie links mit „Auflösen“ zusammen.</translation>
    </message>
    <message>
        <source>Saved on this computer; sent to the server when the connection allows.</source>
        <translation>Auf diesem Computer gespeichert; wird an den Server gesendet, sobald die Verbindung es erlaubt.</translation>
    </message>
    <message>
        <source>Votes and the score need a connection to the server.</source>
        <translation>Bewertungen und Punktzahl benötigen eine Verbindung zum Server.</translation>
    </message>
    <message>
        <source>The score could not be loaded: %1</source>
        <translation>Die Punktzahl konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The tickets that cited this article are shown when you are online.</source>
        <translation>Die Tickets, die diesen Artikel zitieren, werden angezeigt, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>Looking for tickets that cited this article…</source>
        <translation>Tickets, die diesen Artikel zitieren, werden gesucht …</translation>
    </message>
    <message>
        <source>The citing tickets could not be loaded: %1</source>
        <translation>Die zitierenden Tickets konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No ticket has cited this article yet.</source>
        <translation>Noch kein Ticket hat diesen Artikel zitiert.</translation>
    </message>
    <message>
        <source>Cited in one ticket (double-click to open):</source>
        <translation>In einem Ticket zitiert (zum Öffnen doppelklicken):</translation>
    </message>
    <message>
        <source>Cited in %1 tickets (double-click to open):</source>
        <translation>In %1 Tickets zitiert (zum Öffnen doppelklicken):</translation>
    </message>
    <message>
        <source>Article saved.</source>
        <translation>Artikel gespeichert.</translation>
    </message>
    <message>
        <source>Article saved on this computer; it is sent when the connection is back.</source>
        <translation>Artikel auf diesem Computer gespeichert; er wird gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>This article was deleted meanwhile; copy your text before closing.</source>
        <translation>Dieser Artikel wurde inzwischen gelöscht; kopieren Sie Ihren Text, bevor Sie schließen.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>The merged article is saved.</source>
        <translation>Der zusammengeführte Artikel ist gespeichert.</translation>
    </message>
    <message>
        <source>Someone changed “%1” while you edited it offline. Nothing is lost: merge the two versions.</source>
        <translation>Jemand hat „%1“ geändert, während Sie den Artikel offline bearbeitet haben. Es geht nichts verloren: Führen Sie die beiden Versionen zusammen.</translation>
    </message>
    <message>
        <source>An article with offline edits to merge — Resolve</source>
        <translation>Ein Artikel mit Offline-Änderungen zum Zusammenführen – Auflösen</translation>
    </message>
    <message>
        <source>%1 articles with offline edits to merge — Resolve</source>
        <translation>%1 Artikel mit Offline-Änderungen zum Zusammenführen – Auflösen</translation>
    </message>
    <message>
        <source>The merged article is saved as one new version.</source>
        <translation>Der zusammengeführte Artikel ist als eine neue Version gespeichert.</translation>
    </message>
    <message>
        <source>No article has edits to merge.</source>
        <translation>Kein Artikel hat Änderungen zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Some edits are still being sent; try again in a moment.</source>
        <translation>Einige Änderungen werden noch gesendet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The history could not be read from the local copy.</source>
        <translation>Der Verlauf konnte nicht aus der lokalen Kopie gelesen werden.</translation>
    </message>
    <message>
        <source>The version was not restored: %1</source>
        <translation>Die Version wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The old version is the article&apos;s text again (as a new version).</source>
        <translation>Die alte Version ist wieder der Text des Artikels (als neue Version).</translation>
    </message>
</context>
<context>
    <name>helpdesk::KbArticleView</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every saved version, differences between them, restore</source>
        <translation>Alle gespeicherten Versionen, Unterschiede zwischen ihnen, Wiederherstellen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this article (Ctrl+E)</source>
        <translation>Diesen Artikel bearbeiten (Strg+E)</translation>
    </message>
</context>
<context>
    <name>helpdesk::KbArticleWriter</name>
    <message>
        <source>This article is no longer in the local copy of the knowledge base.</source>
        <translation>Dieser Artikel ist nicht mehr in der lokalen Kopie der Wissensdatenbank.</translation>
    </message>
</context>
<context>
    <name>helpdesk::KbEditor</name>
    <message>
        <source>What the article answers, e.g. “Reset your VPN password”</source>
        <translation>Worauf der Artikel antwortet, z. B. „VPN-Passwort zurücksetzen“</translation>
    </message>
    <message>
        <source>reset-your-vpn-password</source>
        <translation>vpn-passwort-zuruecksetzen</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Public articles are shown to customers once published; internal ones only to agents.</source>
        <translation>Öffentliche Artikel sehen Kunden, sobald sie veröffentlicht sind; interne nur Agenten.</translation>
    </message>
    <message>
        <source>Write the article in Markdown: # headings, - lists, **bold**, [links](https://…), `code`</source>
        <translation>Schreiben Sie den Artikel in Markdown: # Überschriften, - Listen, **fett**, [Links](https://…), `Code`</translation>
    </message>
    <message>
        <source>The preview appears here as you type.</source>
        <translation>Die Vorschau erscheint hier, während Sie tippen.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S); works offline</source>
        <translation>Speichern (Strg+S); funktioniert auch offline</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Save and publish (Ctrl+Shift+P)</source>
        <translation>Speichern und veröffentlichen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Insert image…</source>
        <translation>Bild einfügen …</translation>
    </message>
    <message>
        <source>Upload a picture for this article and insert it at the cursor (needs a connection)</source>
        <translation>Ein Bild für diesen Artikel hochladen und an der Cursorposition einfügen (benötigt eine Verbindung)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close the editor without saving (Esc)</source>
        <translation>Editor schließen, ohne zu speichern (Esc)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Editing “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>The picture could not be read: %1</source>
        <translation>Das Bild konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The picture is larger than 5 MB.</source>
        <translation>Das Bild ist größer als 5 MB.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Ein Artikel braucht einen Titel.</translation>
    </message>
    <message>
        <source>The title is too long (at most 300 characters).</source>
        <translation>Der Titel ist zu lang (höchstens 300 Zeichen).</translation>
    </message>
    <message>
        <source>The address may only hold lower-case letters and digits, joined by single dashes.</source>
        <translation>Die Adresse darf nur Kleinbuchstaben und Ziffern enthalten, verbunden durch einzelne Bindestriche.</translation>
    </message>
    <message>
        <source>Another article already uses the address “%1”.</source>
        <translation>Ein anderer Artikel verwendet bereits die Adresse „%1“.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>helpdesk::KbFeedbackBar</name>
    <message>
        <source>Was this article helpful?</source>
        <translation>War dieser Artikel hilfreich?</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Hilfreich</translation>
    </message>
    <message>
        <source>Not helpful</source>
        <translation>Nicht hilfreich</translation>
    </message>
    <message>
        <source>Optional: what was missing or wrong?</source>
        <translation>Optional: Was hat gefehlt oder war falsch?</translation>
    </message>
    <message>
        <source>Choose helpful or not helpful to send your comment.</source>
        <translation>Wählen Sie „Hilfreich“ oder „Nicht hilfreich“, um Ihren Kommentar zu senden.</translation>
    </message>
</context>
<context>
    <name>helpdesk::KbHistoryDialog</name>
    <message>
        <source>Version history</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Restoring version %1…</source>
        <translation>Version %1 wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>No versions of this article are in the local copy yet. They arrive with the next sync.</source>
        <translation>Von diesem Artikel sind noch keine Versionen in der lokalen Kopie. Sie kommen mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>The text is the same in both versions.</source>
        <translation>Der Text ist in beiden Versionen gleich.</translation>
    </message>
    <message>
        <source>The same version on both sides.</source>
        <translation>Auf beiden Seiten dieselbe Version.</translation>
    </message>
    <message>
        <source>Version %1 → %2: %3 words added, %4 removed%5</source>
        <translation>Version %1 → %2: %3 Wörter hinzugefügt, %4 entfernt%5</translation>
    </message>
    <message>
        <source>; the title changed</source>
        <translation>; der Titel wurde geändert</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Version %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring needs a connection to the server.</source>
        <translation>Zum Wiederherstellen ist eine Verbindung zum Server nötig.</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>Dies ist die aktuelle Version.</translation>
    </message>
    <message>
        <source>Make this text the article&apos;s text again, as a new version; nothing is deleted.</source>
        <translation>Diesen Text wieder zum Text des Artikels machen, als neue Version; es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Version %1 was restored as a new version.</source>
        <translation>Version %1 wurde als neue Version wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>helpdesk::KbLinkPicker</name>
    <message>
        <source>Search the knowledge base…</source>
        <translation>Wissensdatenbank durchsuchen …</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <source>Insert excerpt</source>
        <translation>Auszug einfügen</translation>
    </message>
    <message>
        <source>The knowledge base has no articles yet.</source>
        <translation>Die Wissensdatenbank enthält noch keine Artikel.</translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>Kein Artikel passt zu „%1“.</translation>
    </message>
    <message>
        <source>This article is no longer in the local copy.</source>
        <translation>Dieser Artikel ist nicht mehr in der lokalen Kopie.</translation>
    </message>
    <message>
        <source>Recording the citation on the ticket…</source>
        <translation>Zitat wird im Ticket vermerkt …</translation>
    </message>
    <message>
        <source>The citation could not be recorded on the ticket: %1</source>
        <translation>Das Zitat konnte nicht im Ticket vermerkt werden: %1</translation>
    </message>
    <message>
        <source>Cited on this ticket.</source>
        <translation>In diesem Ticket zitiert.</translation>
    </message>
</context>
<context>
    <name>helpdesk::KbMergeDialog</name>
    <message>
        <source>Merge your changes</source>
        <translation>Ihre Änderungen zusammenführen</translation>
    </message>
    <message>
        <source>While you edited “%1” without a connection, someone else saved a newer version. Nothing has been overwritten. Changes that do not overlap are merged already; decide the overlapping ones below, then save the result as one new version.</source>
        <translation>Während Sie „%1“ ohne Verbindung bearbeitet haben, hat jemand anderes eine neuere Version gespeichert. Es wurde nichts überschrieben. Änderungen, die sich nicht überschneiden, sind bereits zusammengeführt; entscheiden Sie unten über die überschneidenden und speichern Sie das Ergebnis dann als eine neue Version.</translation>
    </message>
    <message>
        <source>They did not change the text.</source>
        <translation>Die andere Person hat den Text nicht geändert.</translation>
    </message>
    <message>
        <source>You did not change the text.</source>
        <translation>Sie haben den Text nicht geändert.</translation>
    </message>
    <message>
        <source>Their changes</source>
        <translation>Änderungen der anderen Person</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Ihre Änderungen</translation>
    </message>
    <message>
        <source>Before both (version %1)</source>
        <translation>Vor beiden Änderungen (Version %1)</translation>
    </message>
    <message>
        <source>Your changes and theirs do not overlap: everything was merged automatically.</source>
        <translation>Ihre Änderungen und die der anderen Person überschneiden sich nicht: Alles wurde automatisch zusammengeführt.</translation>
    </message>
    <message>
        <source>Merged text (open conflicts marked)</source>
        <translation>Zusammengeführter Text (offene Konflikte markiert)</translation>
    </message>
    <message>
        <source>Save merged version</source>
        <translation>Zusammengeführte Version speichern</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Meine Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The article keeps their version; your edits are not saved.</source>
        <translation>Der Artikel behält die Version der anderen Person; Ihre Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>%1 — both of you changed it (was “%2”)</source>
        <translation>%1 – von Ihnen beiden geändert (war „%2“)</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>Ihre Version: %1</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Andere Version: %1</translation>
    </message>
    <message>
        <source>Text: both of you changed the same passage (%1 of %2)</source>
        <translation>Text: Sie beide haben dieselbe Stelle geändert (%1 von %2)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Andere Version</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation>Ihre behalten</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Andere behalten</translation>
    </message>
    <message>
        <source>Keep both (yours first)</source>
        <translation>Beide behalten (Ihre zuerst)</translation>
    </message>
    <message>
        <source>Write it myself</source>
        <translation>Selbst formulieren</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>andere Version</translation>
    </message>
    <message>
        <source>Everything is decided. Saving makes one new version with both sets of changes.</source>
        <translation>Alles ist entschieden. Beim Speichern entsteht eine neue Version mit beiden Änderungssätzen.</translation>
    </message>
    <message>
        <source>One overlapping change still to decide.</source>
        <translation>Eine überschneidende Änderung ist noch zu entscheiden.</translation>
    </message>
    <message>
        <source>%1 overlapping changes still to decide.</source>
        <translation>%1 überschneidende Änderungen sind noch zu entscheiden.</translation>
    </message>
    <message>
        <source>Decide every overlapping change first.</source>
        <translation>Entscheiden Sie zuerst über alle überschneidenden Änderungen.</translation>
    </message>
</context>
<context>
    <name>helpdesk::KbReportsView</name>
    <message>
        <source>Knowledge-base health</source>
        <translation>Zustand der Wissensdatenbank</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Hilfreich</translation>
    </message>
    <message>
        <source>Not helpful</source>
        <translation>Nicht hilfreich</translation>
    </message>
    <message>
        <source>Not helpful share</source>
        <translation>Anteil „Nicht hilfreich“</translation>
    </message>
    <message>
        <source>Search that found nothing</source>
        <translation>Suche ohne Treffer</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Found since</source>
        <translation>Seitdem gefunden</translation>
    </message>
    <message>
        <source>Write an article for this search</source>
        <translation>Einen Artikel für diese Suche schreiben</translation>
    </message>
    <message>
        <source>Least helpful articles (readers&apos; votes)</source>
        <translation>Am wenigsten hilfreiche Artikel (Bewertungen der Leser)</translation>
    </message>
    <message>
        <source>Content gaps: searches of the last 30 days that found no article</source>
        <translation>Inhaltslücken: Suchen der letzten 30 Tage, die keinen Artikel gefunden haben</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird abgefragt …</translation>
    </message>
    <message>
        <source>The reports need a connection to the server: %1</source>
        <translation>Die Berichte benötigen eine Verbindung zum Server: %1</translation>
    </message>
    <message>
        <source>No article has been voted unhelpful yet.</source>
        <translation>Noch kein Artikel wurde als nicht hilfreich bewertet.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
</context>
<context>
    <name>helpdesk::KbText</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <source>Helpful for the one reader who voted</source>
        <translation>Hilfreich für den einen Leser, der abgestimmt hat</translation>
    </message>
    <message>
        <source>Not helpful for the one reader who voted</source>
        <translation>Nicht hilfreich für den einen Leser, der abgestimmt hat</translation>
    </message>
    <message>
        <source>Helpful for %1 of %2 readers</source>
        <translation>Hilfreich für %1 von %2 Lesern</translation>
    </message>
</context>
<context>
    <name>helpdesk::LoginDialog</name>
    <message>
        <source>Sign in to Helpdesk</source>
        <translation>Bei Helpdesk anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Use your helpdesk account. Your session is kept in the system keychain.</source>
        <translation>Verwenden Sie Ihr Helpdesk-Konto. Ihre Sitzung wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Local demo server</source>
        <translation>Lokaler Demo-Server</translation>
    </message>
    <message>
        <source>Supabase project…</source>
        <translation>Supabase-Projekt …</translation>
    </message>
    <message>
        <source>Project anon key</source>
        <translation>Anon-Schlüssel des Projekts</translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation>Projekt-URL</translation>
    </message>
    <message>
        <source>Anon key</source>
        <translation>Anon-Schlüssel</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>helpdesk::MacroPicker</name>
    <message>
        <source>Apply a macro</source>
        <translation>Makro anwenden</translation>
    </message>
    <message>
        <source>Type to find a macro…</source>
        <translation>Tippen, um ein Makro zu finden …</translation>
    </message>
    <message>
        <source>No macros yet. An admin can create them in the admin area.</source>
        <translation>Noch keine Makros. Ein Admin kann sie in den Einstellungen anlegen.</translation>
    </message>
    <message>
        <source>No macro matches.</source>
        <translation>Kein Makro passt.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <source>Sets the team</source>
        <translation>Setzt das Team</translation>
    </message>
    <message>
        <source>Sets the assignee</source>
        <translation>Setzt den Bearbeiter</translation>
    </message>
    <message>
        <source>No actions: inserts the text only.</source>
        <translation>Keine Aktionen: Fügt nur den Text ein.</translation>
    </message>
</context>
<context>
    <name>helpdesk::MacroPlan</name>
    <message>
        <source>there</source>
        <translation>zusammen</translation>
    </message>
    <message>
        <source>Status → %1</source>
        <translation>Status → %1</translation>
    </message>
    <message>
        <source>Priority → %1</source>
        <translation>Priorität → %1</translation>
    </message>
    <message>
        <source>Team removed</source>
        <translation>Team entfernt</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Team changed</source>
        <translation>Team geändert</translation>
    </message>
    <message>
        <source>Assignee changed</source>
        <translation>Bearbeiter geändert</translation>
    </message>
    <message>
        <source>(unnamed action)</source>
        <translation>(unbenannte Aktion)</translation>
    </message>
    <message>
        <source>Tags → %1</source>
        <translation>Schlagwörter → %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::MacrosPage</name>
    <message>
        <source>&lt;h2&gt;Macros&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Makros&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>New macro</source>
        <translation>Neues Makro</translation>
    </message>
    <message>
        <source>Filter macros</source>
        <translation>Makros filtern</translation>
    </message>
    <message>
        <source>For example: Refund issued</source>
        <translation>Zum Beispiel: Erstattung veranlasst</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>The reply text. Placeholders: {{requester.first_name}}, {{requester.name}}, {{ticket.number}}, {{agent.first_name}}</source>
        <translation>Der Antworttext. Platzhalter: {{requester.first_name}}, {{requester.name}}, {{ticket.number}}, {{agent.first_name}}</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antwort</translation>
    </message>
    <message>
        <source>&amp;Available to</source>
        <translation>&amp;Verfügbar für</translation>
    </message>
    <message>
        <source>Agents can use this macro</source>
        <translation>Agenten können dieses Makro verwenden</translation>
    </message>
    <message>
        <source>When applied, also</source>
        <translation>Beim Anwenden außerdem</translation>
    </message>
    <message>
        <source>Leave the status</source>
        <translation>Status beibehalten</translation>
    </message>
    <message>
        <source>Set status to open</source>
        <translation>Status auf „Offen“ setzen</translation>
    </message>
    <message>
        <source>Set status to pending</source>
        <translation>Status auf „Wartend“ setzen</translation>
    </message>
    <message>
        <source>Set status to on hold</source>
        <translation>Status auf „Zurückgestellt“ setzen</translation>
    </message>
    <message>
        <source>Set status to solved</source>
        <translation>Status auf „Gelöst“ setzen</translation>
    </message>
    <message>
        <source>Set status to closed</source>
        <translation>Status auf „Geschlossen“ setzen</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Leave the priority</source>
        <translation>Priorität beibehalten</translation>
    </message>
    <message>
        <source>Set priority to low</source>
        <translation>Priorität auf „Niedrig“ setzen</translation>
    </message>
    <message>
        <source>Set priority to normal</source>
        <translation>Priorität auf „Normal“ setzen</translation>
    </message>
    <message>
        <source>Set priority to high</source>
        <translation>Priorität auf „Hoch“ setzen</translation>
    </message>
    <message>
        <source>Set priority to urgent</source>
        <translation>Priorität auf „Dringend“ setzen</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>billing, refund</source>
        <translation>abrechnung, erstattung</translation>
    </message>
    <message>
        <source>Add &amp;tags</source>
        <translation>Schlagwörter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>needs-info</source>
        <translation>info-fehlt</translation>
    </message>
    <message>
        <source>R&amp;emove tags</source>
        <translation>Schlagwörter &amp;entfernen</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>Tea&amp;m</translation>
    </message>
    <message>
        <source>Assi&amp;gnee</source>
        <translation>&amp;Bearbeiter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete macro</source>
        <translation>Makro löschen</translation>
    </message>
    <message>
        <source>Save macro</source>
        <translation>Makro speichern</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Leave the team</source>
        <translation>Team beibehalten</translation>
    </message>
    <message>
        <source>Remove the team</source>
        <translation>Team entfernen</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Zu %1 verschieben</translation>
    </message>
    <message>
        <source>Leave the assignee</source>
        <translation>Bearbeiter beibehalten</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (nicht in Verwendung)</translation>
    </message>
    <message>
        <source>No macros yet. Press Ctrl+N to write the first one.</source>
        <translation>Noch keine Makros. Drücken Sie Strg+N, um das erste zu schreiben.</translation>
    </message>
    <message>
        <source>No macro matches &quot;%1&quot;.</source>
        <translation>Kein Makro passt zu „%1“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New macro&lt;/b&gt; — write it and save (Ctrl+S).</source>
        <translation>&lt;b&gt;Neues Makro&lt;/b&gt; – schreiben und speichern Sie es (Strg+S).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A macro needs a title agents can find it by.</source>
        <translation>Ein Makro braucht einen Titel, unter dem Agenten es finden können.</translation>
    </message>
    <message>
        <source>This macro would do nothing: write a reply or choose at least one action.</source>
        <translation>Dieses Makro würde nichts tun: Schreiben Sie eine Antwort oder wählen Sie mindestens eine Aktion.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is both added and removed.</source>
        <translation>Das Schlagwort „%1“ wird zugleich hinzugefügt und entfernt.</translation>
    </message>
    <message>
        <source>Macro &quot;%1&quot; created.</source>
        <translation>Makro „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Macro &quot;%1&quot; saved.</source>
        <translation>Makro „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Select the macro to delete.</source>
        <translation>Wählen Sie das Makro aus, das gelöscht werden soll.</translation>
    </message>
    <message>
        <source>Delete the macro &quot;%1&quot;? Agents will no longer see it.</source>
        <translation>Das Makro „%1“ löschen? Agenten sehen es dann nicht mehr.</translation>
    </message>
    <message>
        <source>Macro &quot;%1&quot; deleted.</source>
        <translation>Makro „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>helpdesk::MainWindow</name>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Next ticket</source>
        <translation>Nächstes Ticket</translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation>Vorheriges Ticket</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>helpdesk::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Customer name or e-mail</source>
        <translation>Name oder E-Mail des Kunden</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragender</translation>
    </message>
    <message>
        <source>No customers in the local cache yet; wait for the first sync.</source>
        <translation>Noch keine Kunden im lokalen Cache; warten Sie auf die erste Synchronisierung.</translation>
    </message>
    <message>
        <source>A short summary</source>
        <translation>Eine kurze Zusammenfassung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>What the customer needs…</source>
        <translation>Was der Kunde braucht …</translation>
    </message>
    <message>
        <source>Describe what you need…</source>
        <translation>Beschreiben Sie, was Sie brauchen …</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Ticket erstellen</translation>
    </message>
    <message>
        <source>Pick a customer from the list (type part of a name or e-mail).</source>
        <translation>Wählen Sie einen Kunden aus der Liste (tippen Sie einen Teil des Namens oder der E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>Choose the customer this ticket is for.</source>
        <translation>Wählen Sie den Kunden, für den dieses Ticket ist.</translation>
    </message>
    <message>
        <source>The ticket needs a subject.</source>
        <translation>Das Ticket braucht einen Betreff.</translation>
    </message>
</context>
<context>
    <name>helpdesk::QueueViews</name>
    <message>
        <source>My tickets</source>
        <translation>Meine Tickets</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>My open tickets</source>
        <translation>Meine offenen Tickets</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>helpdesk::ReportScheduleEditor</name>
    <message>
        <source>Ticket volume</source>
        <translation>Ticketvolumen</translation>
    </message>
    <message>
        <source>Agent performance</source>
        <translation>Agentenleistung</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Reaktionszeiten</translation>
    </message>
    <message>
        <source>AI suggestions</source>
        <translation>KI-Vorschläge</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Quarter (90 days)</source>
        <translation>Quartal (90 Tage)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Scheduled report</source>
        <translation>Geplanter Bericht</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>:00 UTC</source>
        <translation>:00 UTC</translation>
    </message>
    <message>
        <source>manager@example.com, lead@example.com</source>
        <translation>leitung@example.com, team@example.com</translation>
    </message>
    <message>
        <source>PDF and CSV</source>
        <translation>PDF und CSV</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Send on schedule</source>
        <translation>Nach Zeitplan senden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhang</translation>
    </message>
</context>
<context>
    <name>helpdesk::ReportSchedulesPanel</name>
    <message>
        <source>You are offline. Scheduled reports live on the server: connect to create, change or send them.</source>
        <translation>Sie sind offline. Geplante Berichte liegen auf dem Server: Stellen Sie eine Verbindung her, um sie zu erstellen, zu ändern oder zu senden.</translation>
    </message>
    <message>
        <source>New schedule…</source>
        <translation>Neuer Zeitplan …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>E-mail this report to its recipients now, whatever its schedule</source>
        <translation>Diesen Bericht jetzt per E-Mail an seine Empfänger senden, unabhängig vom Zeitplan</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Next run (UTC)</source>
        <translation>Nächster Versand (UTC)</translation>
    </message>
    <message>
        <source>Not available offline</source>
        <translation>Offline nicht verfügbar</translation>
    </message>
    <message>
        <source>Offline: the list cannot be loaded.</source>
        <translation>Offline: Die Liste kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>The scheduled reports could not be loaded: %1</source>
        <translation>Die geplanten Berichte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No scheduled reports yet. Create one to e-mail a dashboard regularly.</source>
        <translation>Noch keine geplanten Berichte. Erstellen Sie einen, um ein Dashboard regelmäßig per E-Mail zu versenden.</translation>
    </message>
    <message>
        <source>Weekly, %1 %2:00</source>
        <translation>Wöchentlich, %1 %2:00 Uhr</translation>
    </message>
    <message>
        <source>Daily, %1:00</source>
        <translation>Täglich, %1:00 Uhr</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The schedule was not saved: %1</source>
        <translation>Der Zeitplan wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete the scheduled report “%1”? Its recipients will no longer receive it.</source>
        <translation>Den geplanten Bericht „%1“ löschen? Seine Empfänger erhalten ihn dann nicht mehr.</translation>
    </message>
    <message>
        <source>Delete scheduled report</source>
        <translation>Geplanten Bericht löschen</translation>
    </message>
    <message>
        <source>The schedule was not deleted: %1</source>
        <translation>Der Zeitplan wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Sending “%1”…</source>
        <translation>„%1“ wird gesendet …</translation>
    </message>
    <message>
        <source>“%1” was not sent: %2</source>
        <translation>„%1“ wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>“%1” was sent to %2.</source>
        <translation>„%1“ wurde an %2 gesendet.</translation>
    </message>
</context>
<context>
    <name>helpdesk::ServerProfile</name>
    <message>
        <source>Enter the project URL, like https://abcd.supabase.co.</source>
        <translation>Geben Sie die Projekt-URL ein, etwa https://abcd.supabase.co.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s anon key (Project Settings → API).</source>
        <translation>Geben Sie den Anon-Schlüssel des Projekts ein (Project Settings → API).</translation>
    </message>
    <message>
        <source>That anon key does not look like a Supabase key.</source>
        <translation>Dieser Anon-Schlüssel sieht nicht wie ein Supabase-Schlüssel aus.</translation>
    </message>
</context>
<context>
    <name>helpdesk::SignInFlow</name>
    <message>
        <source>Cannot reach the server at %1. Check the address and your connection, and that the server is running.</source>
        <translation>Der Server unter %1 ist nicht erreichbar. Prüfen Sie die Adresse, Ihre Verbindung und ob der Server läuft.</translation>
    </message>
    <message>
        <source>%1 does not look like a Supabase project. Check the project URL.</source>
        <translation>%1 sieht nicht nach einem Supabase-Projekt aus. Prüfen Sie die Projekt-URL.</translation>
    </message>
    <message>
        <source>The server refused the anon key. Copy it again from the project&apos;s API settings.</source>
        <translation>Der Server hat den Anon-Schlüssel abgelehnt. Kopieren Sie ihn erneut aus den API-Einstellungen des Projekts.</translation>
    </message>
</context>
<context>
    <name>helpdesk::SlaPoliciesPage</name>
    <message>
        <source>&lt;h2&gt;SLA policies&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SLA-Richtlinien&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>One policy per priority. Targets count business minutes in the policy&apos;s time zone; the resolution clock pauses while a ticket is pending or on hold.</source>
        <translation>Eine Richtlinie pro Priorität. Die Zielzeiten zählen Geschäftsminuten in der Zeitzone der Richtlinie; die Uhr für die Lösung pausiert, solange ein Ticket wartend oder zurückgestellt ist.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;First response within</source>
        <translation>&amp;Erste Antwort innerhalb von</translation>
    </message>
    <message>
        <source>&amp;Resolution within</source>
        <translation>&amp;Lösung innerhalb von</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Applies to new tickets</source>
        <translation>Gilt für neue Tickets</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Richtlinie löschen</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Neue Richtlinie</translation>
    </message>
    <message>
        <source>Every priority has a policy already; select one to change it.</source>
        <translation>Jede Priorität hat bereits eine Richtlinie; wählen Sie eine aus, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No policy — tickets get no due times</source>
        <translation>Keine Richtlinie – Tickets erhalten keine Fälligkeitszeiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no policy yet. Fill it in and save (Ctrl+S) to create one.</source>
        <translation>Für die Priorität &lt;b&gt;%1&lt;/b&gt; gibt es noch keine Richtlinie. Füllen Sie sie aus und speichern Sie (Strg+S), um sie anzulegen.</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; priority</source>
        <translation>Priorität &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Give the policy a name.</source>
        <translation>Geben Sie der Richtlinie einen Namen.</translation>
    </message>
    <message>
        <source>Set how many minutes the first response may take (more than 0).</source>
        <translation>Legen Sie fest, wie viele Minuten die erste Antwort dauern darf (mehr als 0).</translation>
    </message>
    <message>
        <source>Set how many minutes the resolution may take (more than 0).</source>
        <translation>Legen Sie fest, wie viele Minuten die Lösung dauern darf (mehr als 0).</translation>
    </message>
    <message>
        <source>The first response target (%1) is later than the resolution target (%2).</source>
        <translation>Das Ziel für die erste Antwort (%1) liegt später als das Ziel für die Lösung (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; pick one from the list, such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt; wählen Sie eine aus der Liste, etwa Europe/Berlin.</translation>
    </message>
    <message>
        <source>The %1 policy was saved.</source>
        <translation>Die Richtlinie für die Priorität %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Delete the %1 policy? New %2 tickets will get no due times until a policy exists again.</source>
        <translation>Die Richtlinie „%1“ löschen? Neue Tickets mit der Priorität %2 erhalten keine Fälligkeitszeiten, bis es wieder eine Richtlinie gibt.</translation>
    </message>
    <message>
        <source>The %1 policy was deleted.</source>
        <translation>Die Richtlinie für die Priorität %1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>helpdesk::SyncIndicator</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your changes are kept and sent when it is back.</source>
        <translation>Der Server ist nicht erreichbar. Ihre Änderungen bleiben erhalten und werden gesendet, sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Connecting to the server.</source>
        <translation>Verbindung zum Server wird hergestellt.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisiere</translation>
    </message>
    <message>
        <source>Bringing the local copy up to date.</source>
        <translation>Die lokale Kopie wird aktualisiert.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Up to date; changes by others appear as they happen.</source>
        <translation>Aktuell; Änderungen anderer erscheinen sofort.</translation>
    </message>
    <message>
        <source>· 1 pending change</source>
        <translation>· 1 ausstehende Änderung</translation>
    </message>
    <message>
        <source>· %1 pending changes</source>
        <translation>· %1 ausstehende Änderungen</translation>
    </message>
</context>
<context>
    <name>helpdesk::TagEditor</name>
    <message>
        <source>Add tag…</source>
        <translation>Schlagwort hinzufügen …</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Schlagwort „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>helpdesk::TeamsPage</name>
    <message>
        <source>&lt;h2&gt;Teams and members&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Teams und Mitglieder&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>No teams yet. Press Ctrl+N to create the first one.</source>
        <translation>Noch keine Teams. Drücken Sie Strg+N, um das erste anzulegen.</translation>
    </message>
    <message>
        <source>For example: Billing</source>
        <translation>Zum Beispiel: Abrechnung</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>What this team handles</source>
        <translation>Wofür dieses Team zuständig ist</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Nobody is in this team yet.</source>
        <translation>Dieses Team hat noch keine Mitglieder.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save team</source>
        <translation>Team speichern</translation>
    </message>
    <message>
        <source>Select the member to remove.</source>
        <translation>Wählen Sie das Mitglied aus, das entfernt werden soll.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New team&lt;/b&gt; — give it a name and save (Ctrl+S).</source>
        <translation>&lt;b&gt;Neues Team&lt;/b&gt; – geben Sie ihm einen Namen und speichern Sie (Strg+S).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Save the team before adding members.</source>
        <translation>Speichern Sie das Team, bevor Sie Mitglieder hinzufügen.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Ein Team braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a team called &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Team namens „%1“.</translation>
    </message>
    <message>
        <source>Team &quot;%1&quot; created.</source>
        <translation>Team „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Team &quot;%1&quot; saved.</source>
        <translation>Team „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Select the team to delete.</source>
        <translation>Wählen Sie das Team aus, das gelöscht werden soll.</translation>
    </message>
    <message>
        <source>Delete the team &quot;%1&quot;? Its members stay in the workspace; its tickets keep their history but no longer belong to a team.</source>
        <translation>Das Team „%1“ löschen? Seine Mitglieder bleiben im Arbeitsbereich; seine Tickets behalten ihren Verlauf, gehören aber keinem Team mehr an.</translation>
    </message>
    <message>
        <source>Team &quot;%1&quot; deleted.</source>
        <translation>Team „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>helpdesk::TicketFieldsForm</name>
    <message>
        <source>No custom fields are defined.</source>
        <translation>Es sind keine benutzerdefinierten Felder festgelegt.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required before the ticket is solved or closed</source>
        <translation>Pflichtfeld, bevor das Ticket gelöst oder geschlossen wird</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (nicht mehr angeboten)</translation>
    </message>
    <message>
        <source>%1 needs a number, such as 12 or 3.5.</source>
        <translation>%1 braucht eine Zahl, etwa 12 oder 3,5.</translation>
    </message>
    <message>
        <source>%1 is required and cannot be cleared.</source>
        <translation>%1 ist ein Pflichtfeld und kann nicht geleert werden.</translation>
    </message>
</context>
<context>
    <name>helpdesk::TicketHistoryView</name>
    <message>
        <source>status</source>
        <translation>den Status</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>die Priorität</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>den Bearbeiter</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>den Anfragenden</translation>
    </message>
    <message>
        <source>team</source>
        <translation>das Team</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>die Schlagwörter</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>den Betreff</translation>
    </message>
    <message>
        <source>none</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Verlauf wird geladen …</translation>
    </message>
    <message>
        <source>The history is read from the server, which cannot be reached now. It shows again once you are online.</source>
        <translation>Der Verlauf wird vom Server gelesen, der gerade nicht erreichbar ist. Er wird wieder angezeigt, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>Das System</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 created the ticket</source>
        <translation>%1 hat das Ticket erstellt</translation>
    </message>
    <message>
        <source>%1 changed %2 from %3 to %4</source>
        <translation>%1 hat %2 von %3 auf %4 geändert</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Noch keine Änderungen aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first</source>
        <translation>
            <numerusform>%n Änderung, neueste zuerst</numerusform>
            <numerusform>%n Änderungen, neueste zuerst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::TicketPanel</name>
    <message>
        <source>Select a ticket to see the conversation.</source>
        <translation>Wählen Sie ein Ticket, um den Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>%1 · opened %2</source>
        <translation>%1 · eröffnet %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Write an internal note (only agents see it)…</source>
        <translation>Interne Notiz schreiben (nur für Agenten sichtbar) …</translation>
    </message>
    <message>
        <source>Write a reply to the requester…</source>
        <translation>Antwort an die anfragende Person schreiben …</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>%1 angehängt</translation>
    </message>
    <message>
        <source>Macro…</source>
        <translation>Makro …</translation>
    </message>
    <message>
        <source>Apply a macro (Ctrl+M)</source>
        <translation>Makro anwenden (Strg+M)</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation>Dateien anhängen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Macro “%1” applied</source>
        <translation>Makro „%1“ angewendet</translation>
    </message>
    <message>
        <source>(not applied: %1)</source>
        <translation>(nicht angewendet: %1)</translation>
    </message>
</context>
<context>
    <name>helpdesk::TicketQueueModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragender</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA fällig</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>helpdesk::TicketQueueView</name>
    <message>
        <source>Filter and search tickets…</source>
        <translation>Tickets filtern und durchsuchen …</translation>
    </message>
    <message>
        <source>The queue could not be read from the local cache: %1</source>
        <translation>Die Ticketliste konnte nicht aus dem lokalen Cache gelesen werden: %1</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Least recently updated</source>
        <translation>Am längsten nicht aktualisiert</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Highest priority</source>
        <translation>Höchste Priorität</translation>
    </message>
    <message>
        <source>Due soonest</source>
        <translation>Am frühesten fällig</translation>
    </message>
    <message>
        <source>Highest number</source>
        <translation>Höchste Nummer</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>No tickets in this view.</source>
        <translation>Keine Tickets in dieser Ansicht.</translation>
    </message>
    <message>
        <source>No tickets match “%1”.</source>
        <translation>Keine Tickets passen zu „%1“.</translation>
    </message>
</context>
<context>
    <name>helpdesk::TicketText</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
</context>
<context>
    <name>helpdesk::TrayNotifier</name>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Show Helpdesk</source>
        <translation>Helpdesk anzeigen</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Die Kundin oder der Kunde</translation>
    </message>
    <message>
        <source>New reply from %1</source>
        <translation>Neue Antwort von %1</translation>
    </message>
</context>
<context>
    <name>helpdesk::UserWorkspace</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Your profile was not found on the server.</source>
        <translation>Ihr Profil wurde auf dem Server nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>helpdesk::UsersPage</name>
    <message>
        <source>&lt;h2&gt;Users and roles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Benutzer und Rollen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Customers see only their own tickets; agents work all tickets; admins also manage these settings. Role changes are made on the server and need a connection.</source>
        <translation>Kunden sehen nur ihre eigenen Tickets; Agenten bearbeiten alle Tickets; Admins verwalten zusätzlich diese Einstellungen. Rollen werden auf dem Server geändert und benötigen eine Verbindung.</translation>
    </message>
    <message>
        <source>Search by name or e-mail</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Select a person to change their role.</source>
        <translation>Wählen Sie eine Person, um ihre Rolle zu ändern.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No people in the local copy yet. They appear after the first sync.</source>
        <translation>Noch keine Personen in der lokalen Kopie. Sie erscheinen nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation>Niemand passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 has the role %2.</source>
        <translation>%1 hat die Rolle %2.</translation>
    </message>
    <message>
        <source>Select the person whose role you want to change.</source>
        <translation>Wählen Sie die Person, deren Rolle Sie ändern möchten.</translation>
    </message>
    <message>
        <source>%1 already has that role.</source>
        <translation>%1 hat diese Rolle bereits.</translation>
    </message>
    <message>
        <source>You are offline. Roles are changed on the server, so this needs a connection; nothing was changed. Try again when the status bar shows you are connected.</source>
        <translation>Sie sind offline. Rollen werden auf dem Server geändert, daher ist eine Verbindung nötig; es wurde nichts geändert. Versuchen Sie es erneut, wenn die Statusleiste eine Verbindung anzeigt.</translation>
    </message>
    <message>
        <source>Only admins may change roles, and the server does not count you as one.</source>
        <translation>Nur Admins dürfen Rollen ändern, und der Server führt Sie nicht als Admin.</translation>
    </message>
    <message>
        <source>%1 is the last admin. Make someone else an admin first.</source>
        <translation>%1 ist der letzte Admin. Machen Sie zuerst jemand anderen zum Admin.</translation>
    </message>
    <message>
        <source>%1 no longer exists on the server.</source>
        <translation>%1 existiert auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>The role of %1 was not changed. %2</source>
        <translation>Die Rolle von %1 wurde nicht geändert. %2</translation>
    </message>
    <message>
        <source>The role was changed on the server, but the local copy could not be updated: %1</source>
        <translation>Die Rolle wurde auf dem Server geändert, aber die lokale Kopie konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
</context>
<context>
    <name>helpdesk::ViewListModel</name>
    <message>
        <source>%1, %2 tickets</source>
        <translation>%1, %2 Tickets</translation>
    </message>
</context>
<context>
    <name>helpdesk::Workbench</name>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Apply macro…</source>
        <translation>Makro anwenden …</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Dateien anhängen …</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>solved %1</source>
        <translation>gelöst %1</translation>
    </message>
    <message>
        <source>Dashboard selection</source>
        <translation>Auswahl aus dem Dashboard</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
</TS>
