<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeitung</translation>
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
        <translation>Anfragende Person</translation>
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
        <translation>Bearbeitung</translation>
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
    <name>helpdesk::ViewListModel</name>
    <message>
        <source>%1, %2 tickets</source>
        <translation>%1, %2 Tickets</translation>
    </message>
</context>
</TS>
