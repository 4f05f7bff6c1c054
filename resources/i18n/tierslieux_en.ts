<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
  <context>
    <name />
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="38" />
      <source>avant mise à jour de l'application</source>
      <translation>before an application update</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="40" />
      <source>automatique</source>
      <translation>automatic</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="41" />
      <source>à la fermeture</source>
      <translation>on closing</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="42" />
      <source>manuelle</source>
      <translation>manual</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="43" />
      <source>avant restauration</source>
      <translation>before a restore</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="44" />
      <source>avant import</source>
      <translation>before an import</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="45" />
      <source>avant fusion</source>
      <translation>before a merge</translation>
    </message>
  </context>
  <context>
    <name>AddLineDialog</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="271" />
      <source>Ajouter une ligne</source>
      <translation>Add a line</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="273" />
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="287" />
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="281" />
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="288" />
      <source>Type de temps</source>
      <translation>Time type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="284" />
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="289" />
      <source>Activité</source>
      <translation>Activity</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="78" />
      <source>Une erreur inattendue s'est produite ; la dernière opération n'a peut-être pas été enregistrée.

Détail : {detail}
Le journal de l'application contient les informations techniques : {log}</source>
      <translation>An unexpected error occurred; the last operation may not have been saved.

Detail: {detail}
The application log holds the technical details: {log}</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="94" />
      <source>TiersLieux</source>
      <translation>TiersLieux</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="148" />
      <source>Ouverture de la base de données…</source>
      <translation>Opening the database…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="236" />
      <source>Attention</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="256" />
      <source>Ouverture impossible</source>
      <translation>Cannot open</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="257" />
      <source>La base de données « {path} » ne peut pas être ouverte.

{reason}</source>
      <translation>The database “{path}” cannot be opened.

{reason}</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="265" />
      <source>Choisir un autre fichier…</source>
      <translation>Choose another file…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="277" />
      <source>Choisir une base de données</source>
      <translation>Choose a database</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="279" />
      <source>Base TiersLieux (*.sqlite3 *.sqlite *.db)</source>
      <translation>TiersLieux database (*.sqlite3 *.sqlite *.db)</translation>
    </message>
  </context>
  <context>
    <name>BackupsPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="65" />
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="216" />
      <source>Sauvegardes</source>
      <translation>Backups</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="71" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="71" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="71" />
      <source>Taille</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="72" />
      <source>Liste des sauvegardes</source>
      <translation>Backups list</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="84" />
      <source>&amp;Sauvegarder maintenant</source>
      <translation>&amp;Back up now</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="85" />
      <source>&amp;Restaurer…</source>
      <translation>&amp;Restore…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="86" />
      <source>Ouvrir le &amp;dossier</source>
      <translation>Open the &amp;folder</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="88" />
      <source>Sauvegarder maintenant</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="89" />
      <source>Restaurer la sauvegarde choisie</source>
      <translation>Restore the chosen backup</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="90" />
      <source>Ouvrir le dossier des sauvegardes</source>
      <translation>Open the backups folder</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="122" />
      <source>Une copie vérifiée de la base est faite toutes les 30 minutes d'activité, à la fermeture et avant chaque mise à jour ; on garde une copie par jour (7 jours), par semaine (4 semaines) et par mois (12 mois). Dossier : %1</source>
      <translation>A verified copy of the database is made every 30 minutes of activity, on closing and before each update; one copy per day (7 days), per week (4 weeks) and per month (12 months) is kept. Folder: %1</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="128" />
      <source>Cette base n'est pas un fichier : pas de sauvegarde possible.</source>
      <translation>This database is not a file: no backup possible.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="163" />
      <source>Sauvegarde en cours…</source>
      <translation>Backing up…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="172" />
      <source>Restaurer une sauvegarde</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="174" />
      <source>Remplacer toutes les données par la sauvegarde du %1 ?</source>
      <translation>Replace all the data with the backup of %1?</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="180" />
      <source>Les modifications faites depuis seront retirées de la base. L'état actuel est d'abord sauvegardé : vous pourrez y revenir depuis cette liste.</source>
      <translation>The changes made since will be removed from the database. The current state is backed up first: you can come back to it from this list.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="184" />
      <source>Restaurer</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="185" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/backups_page.py" line="191" />
      <source>Restauration en cours…</source>
      <translation>Restoring…</translation>
    </message>
  </context>
  <context>
    <name>ChoicePage</name>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="43" />
      <source>Bienvenue dans TiersLieux</source>
      <translation>Welcome to TiersLieux</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="46" />
      <source>TiersLieux enregistre la recherche participative de votre tiers-lieu et prépare le fichier annuel pour l'Observatoire. Vos données restent sur cet ordinateur.</source>
      <translation>TiersLieux records the participatory research of your third place and prepares the yearly file for the Observatory. Your data stay on this computer.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="51" />
      <source>&amp;Enregistrer ma structure</source>
      <translation>&amp;Register my organisation</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="55" />
      <source>&amp;Découvrir l'application avec des données de démonstration</source>
      <translation>&amp;Discover the application with demo data</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="43" />
      <source>Conflits à régler</source>
      <translation>Conflicts to resolve</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="51" />
      <source>Liste des conflits</source>
      <translation>List of conflicts</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="61" />
      <source>Champ</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="61" />
      <source>Valeur ici</source>
      <translation>Value here</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="61" />
      <source>Valeur reçue</source>
      <translation>Received value</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="61" />
      <source>À garder</source>
      <translation>To keep</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="63" />
      <source>Champs en conflit</source>
      <translation>Fields in conflict</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="72" />
      <source>Tout garder &amp;ici</source>
      <translation>Keep everything &amp;here</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="74" />
      <source>Tout prendre du &amp;lot reçu</source>
      <translation>Take everything from the received &amp;batch</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="76" />
      <source>&amp;Appliquer ce choix</source>
      <translation>&amp;Apply this choice</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="88" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="104" />
      <source>%1 enregistrement(s) ont été modifiés ici et sur un autre poste. Pour chaque champ, choisissez la valeur à garder : rien n'est remplacé sans votre choix.</source>
      <translation>%1 record(s) were changed here and on another computer. For each field, choose the value to keep: nothing is replaced without your choice.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="108" />
      <source>Aucun conflit à régler.</source>
      <translation>No conflict to resolve.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="128" />
      <source>Valeur à garder pour %1</source>
      <translation>Value to keep for %1</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="129" />
      <source>— à choisir —</source>
      <translation>— to choose —</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="130" />
      <source>Garder ici</source>
      <translation>Keep here</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="131" />
      <source>Prendre la valeur reçue</source>
      <translation>Take the received value</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="162" />
      <source>Choisissez la valeur à garder pour : %1.</source>
      <translation>Choose the value to keep for: %1.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/conflicts_dialog.py" line="169" />
      <source>Conflit non réglé</source>
      <translation>Unresolved conflict</translation>
    </message>
  </context>
  <context>
    <name>CorruptDbDialog</name>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/corrupt_db_dialog.py" line="45" />
      <source>Base de données endommagée</source>
      <translation>Damaged database</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/corrupt_db_dialog.py" line="50" />
      <source>&lt;b&gt;La base « %1 » est endommagée.&lt;/b&gt;&lt;br&gt;Elle n'a pas été modifiée. Restaurer une sauvegarde remet la base dans l'état de cette sauvegarde ; le fichier abîmé est gardé dans le même dossier, sous un autre nom (il n'est pas effacé).</source>
      <translation>&lt;b&gt;The database “%1” is damaged.&lt;/b&gt;&lt;br&gt;It has not been changed. Restoring a backup puts the database back in the state of that backup; the damaged file is kept in the same folder under another name (it is not deleted).</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/corrupt_db_dialog.py" line="60" />
      <source>Détail des problèmes trouvés</source>
      <translation>Details of the problems found</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/corrupt_db_dialog.py" line="64" />
      <source>Dernière sauvegarde saine : %1 (%2).</source>
      <translation>Last sound backup: %1 (%2).</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/corrupt_db_dialog.py" line="69" />
      <source>Aucune sauvegarde saine n'a été trouvée dans le dossier des sauvegardes.</source>
      <translation>No sound backup was found in the backups folder.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/corrupt_db_dialog.py" line="74" />
      <source>&amp;Restaurer cette sauvegarde</source>
      <translation>&amp;Restore this backup</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/corrupt_db_dialog.py" line="76" />
      <source>&amp;Choisir une autre sauvegarde…</source>
      <translation>&amp;Choose another backup…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/corrupt_db_dialog.py" line="77" />
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/corrupt_db_dialog.py" line="89" />
      <source>Détail technique :</source>
      <translation>Technical detail:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/corrupt_db_dialog.py" line="102" />
      <source>Choisir une sauvegarde</source>
      <translation>Choose a backup</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/corrupt_db_dialog.py" line="102" />
      <source>Bases (*.sqlite3)</source>
      <translation>Databases (*.sqlite3)</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="106" />
      <source>Tableau de bord</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="113" />
      <source>&amp;Année :</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="116" />
      <source>Année affichée</source>
      <translation>Year shown</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="139" />
      <source>Heures par mois</source>
      <translation>Hours per month</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="140" />
      <source>Heures par projet (10 premiers)</source>
      <translation>Hours per project (top 10)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="145" />
      <source>Avant l'export annuel : à compléter</source>
      <translation>Before the yearly export: to complete</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="152" />
      <source>Éléments à compléter avant l'export</source>
      <translation>Items to complete before the export</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="154" />
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="354" />
      <source>Double-cliquez ou appuyez sur Entrée pour ouvrir l'élément à corriger</source>
      <translation>Double-click or press Enter to open the item to fix</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="162" />
      <source>heures au total</source>
      <translation>hours in total</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="163" />
      <source>heures bénévoles</source>
      <translation>volunteer hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="164" />
      <source>heures salariées</source>
      <translation>paid hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="165" />
      <source>heures mises à disposition</source>
      <translation>seconded hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="166" />
      <source>équivalents temps plein (ETP)</source>
      <translation>full-time equivalents (FTE)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="167" />
      <source>valorisation du bénévolat</source>
      <translation>volunteer time value</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="168" />
      <source>projets actifs</source>
      <translation>active projects</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="169" />
      <source>participants distincts</source>
      <translation>distinct participants</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="170" />
      <source>productions</source>
      <translation>outputs</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="171" />
      <source>financements</source>
      <translation>funding</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="281" />
      <source>Calcul en cours…</source>
      <translation>Computing…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="292" />
      <source>Chiffres indisponibles</source>
      <translation>Figures unavailable</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="317" />
      <source>à {n} h par ETP</source>
      <translation>at {n} h per FTE</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="321" />
      <source>au taux de {rate} de l'heure</source>
      <translation>at {rate} per hour</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="325" />
      <source>sans type</source>
      <translation>without type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="337" />
      <source>soit {n} ETP</source>
      <translation>i.e. {n} FTE</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="270" />
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="272" />
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="303" />
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="305" />
      <source>heures</source>
      <translation>hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="272" />
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="305" />
      <source>aucune heure</source>
      <translation>no hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="342" />
      <source>Tout est prêt pour l'export de {year}.</source>
      <translation>Everything is ready for the {year} export.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="347" />
      <source>Bloquant</source>
      <translation>Blocking</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="347" />
      <source>À vérifier</source>
      <translation>To check</translation>
    </message>
  </context>
  <context>
    <name>DateEdit</name>
    <message>
      <location filename="../../tierslieux_app/ui/widgets/date_edit.py" line="33" />
      <source>JJ/MM/AAAA</source>
      <translation>DD/MM/YYYY</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/widgets/date_edit.py" line="36" />
      <location filename="../../tierslieux_app/ui/widgets/date_edit.py" line="37" />
      <source>Choisir dans un calendrier</source>
      <translation>Pick in a calendar</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/widgets/date_edit.py" line="76" />
      <source>Choisir une date</source>
      <translation>Choose a date</translation>
    </message>
  </context>
  <context>
    <name>DemoPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="186" />
      <source>Données de démonstration</source>
      <translation>Demo data</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="187" />
      <source>Pour découvrir l'application sans toucher à vos données.</source>
      <translation>To discover the application without touching your data.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="191" />
      <source>Une base de démonstration (structure, projets, participants et heures inventés) va être créée dans :
{path}

Vos propres données ne sont pas concernées. Pour enregistrer votre structure plus tard : menu Fichier → Nouvelle base…</source>
      <translation>A demo database (invented organisation, projects, participants and hours) will be created in:
{path}

Your own data are not affected. To register your organisation later: File menu → New database…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="229" />
      <source>Création des données de démonstration…</source>
      <translation>Creating the demo data…</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="59" />
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="102" />
      <source>Modifier une saisie d'heures</source>
      <translation>Change an hours entry</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="73" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="74" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>EraseParticipantDialog</name>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="33" />
      <source>Effacement définitif</source>
      <translation>Permanent erasure</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="38" />
      <source>Effacer définitivement les données personnelles de %1 (nom, prénom, courriel, téléphone, notes) ? Cette action ne peut pas être annulée.</source>
      <translation>Permanently erase the personal data of %1 (name, first name, e-mail, phone, notes)? This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="44" />
      <source>&amp;Anonymiser : garder ses heures et participations (statistiques)</source>
      <translation>&amp;Anonymise: keep their hours and participations (statistics)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="46" />
      <source>&amp;Supprimer aussi ses heures, participations et autorats</source>
      <translation>&amp;Also delete their hours, participations and authorships</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="49" />
      <source>Sauvegardes qui contiennent encore la personne</source>
      <translation>Backups that still contain the person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="52" />
      <source>&amp;Effacer définitivement</source>
      <translation>&amp;Erase permanently</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="53" />
      <source>Effacer aussi des &amp;sauvegardes</source>
      <translation>Also erase from the &amp;backups</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="54" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="86" />
      <source>Effacement en cours…</source>
      <translation>Erasing…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="97" />
      <source>&amp;Fermer</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="98" />
      <source>Les données personnelles ont été effacées du fichier de la base.</source>
      <translation>The personal data have been erased from the database file.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="102" />
      <source>Un autre programme lit la base : fermez-le puis recommencez pour finir le nettoyage.</source>
      <translation>Another program is reading the database: close it and try again to finish the clean-up.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="106" />
      <source>%n sauvegarde(s) contiennent encore cette personne :</source>
      <translation>
        <numerusform>%n backup still contains this person:</numerusform>
        <numerusform>%n backups still contain this person:</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="113" />
      <source>Aucune sauvegarde ne la contient.</source>
      <translation>No backup contains them.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="124" />
      <source>Nettoyage des sauvegardes…</source>
      <translation>Cleaning the backups…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../tierslieux_app/ui/dialogs/erase_dialog.py" line="133" />
      <source>La personne a été effacée de la base et de %n sauvegarde(s).</source>
      <translation>
        <numerusform>The person was erased from the database and from %n backup.</numerusform>
        <numerusform>The person was erased from the database and from %n backups.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExchangeMenu</name>
    <message>
      <location filename="../../tierslieux_app/ui/exchange_menu.py" line="32" />
      <source>&amp;Importer un tableur…</source>
      <translation>&amp;Import a spreadsheet…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/exchange_menu.py" line="33" />
      <source>&amp;Exporter un lot pour la coordination…</source>
      <translation>&amp;Export a batch for the coordinator…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/exchange_menu.py" line="34" />
      <source>Im&amp;porter un lot…</source>
      <translation>Im&amp;port a batch…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/exchange_menu.py" line="35" />
      <source>&amp;Conflits à régler…</source>
      <translation>&amp;Conflicts to settle…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/exchange_menu.py" line="53" />
      <source>Exporter un lot</source>
      <translation>Export a batch</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/exchange_menu.py" line="67" />
      <source>Préparation du lot…</source>
      <translation>Preparing the batch…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/exchange_menu.py" line="73" />
      <source>Lot exporté</source>
      <translation>Batch exported</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/exchange_menu.py" line="74" />
      <source>%1 enregistrement(s) écrits dans « %2 ».</source>
      <translation>%1 record(s) written to “%2”.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/exchange_menu.py" line="81" />
      <source>Importer un lot</source>
      <translation>Import a batch</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/exchange_menu.py" line="93" />
      <source>Fusion du lot…</source>
      <translation>Merging the batch…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/exchange_menu.py" line="100" />
      <source>%1 enregistrement(s) reçus : %2 pris, %3 déjà connus, %4 conflit(s).</source>
      <translation>%1 record(s) received: %2 taken, %3 already known, %4 conflict(s).</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/exchange_menu.py" line="106" />
      <source>Lot importé</source>
      <translation>Batch imported</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/exchange_menu.py" line="113" />
      <source>Échange de données</source>
      <translation>Data exchange</translation>
    </message>
  </context>
  <context>
    <name>ExportPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="66" />
      <source>Export annuel pour l'Observatoire</source>
      <translation>Yearly export for the Observatory</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="74" />
      <source>Un fichier par année, pseudonymisé : aucun nom, e-mail, téléphone ni note de personne n'y figure. Le classeur XLSX se lit dans un tableur ; le Data Package (CSV) s'importe par programme. Les deux contiennent les mêmes valeurs.</source>
      <translation>One file per year, pseudonymised: no person's name, e-mail, phone or notes are in it. The XLSX workbook opens in a spreadsheet; the Data Package (CSV) is for programs. Both hold the same values.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="86" />
      <source>Année à exporter</source>
      <translation>Year to export</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="88" />
      <source>&amp;Année :</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="91" />
      <source>Format du fichier</source>
      <translation>File format</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="92" />
      <source>Classeur XLSX (Excel, LibreOffice)</source>
      <translation>XLSX workbook (Excel, LibreOffice)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="93" />
      <source>Data Package : CSV et datapackage.json (ZIP)</source>
      <translation>Data Package: CSV and datapackage.json (ZIP)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="95" />
      <source>&amp;Format :</source>
      <translation>&amp;Format:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="99" />
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="298" />
      <source>Dossier de destination</source>
      <translation>Destination folder</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="101" />
      <source>&amp;Parcourir…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="106" />
      <source>&amp;Dossier :</source>
      <translation>&amp;Folder:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="112" />
      <source>Fichier :</source>
      <translation>File:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="115" />
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="122" />
      <source>Vérifications avant l'export</source>
      <translation>Checks before the export</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="124" />
      <source>Double-cliquez ou appuyez sur Entrée pour ouvrir l'élément à corriger</source>
      <translation>Double-click or press Enter to open the item to fix</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="128" />
      <source>J'ai lu les &amp;avertissements et j'exporte quand même</source>
      <translation>I have read the &amp;warnings and export anyway</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="134" />
      <source>&amp;Exporter</source>
      <translation>&amp;Export</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="140" />
      <source>Avancement de l'export</source>
      <translation>Export progress</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="151" />
      <source>&amp;Ouvrir le dossier</source>
      <translation>&amp;Open the folder</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="179" />
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="227" />
      <source>Vérification en cours…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="250" />
      <source>Tout est prêt : aucune donnée obligatoire ne manque.</source>
      <translation>All set: no required data is missing.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="254" />
      <source>Bloquant</source>
      <translation>Blocking</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="254" />
      <source>Avertissement</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="290" />
      <source>Corrigez d'abord les éléments bloquants de la liste.</source>
      <translation>First fix the blocking items of the list.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="292" />
      <source>Cochez la case pour accepter les avertissements.</source>
      <translation>Tick the box to accept the warnings.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="324" />
      <source>Export en cours…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="346" />
      <source>Fichier écrit : {path} ({rows} lignes). Empreinte SHA-256 : {digest}</source>
      <translation>File written: {path} ({rows} rows). SHA-256 digest: {digest}</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="360" />
      <source>L'export n'a pas abouti ; aucun fichier n'a été remplacé.</source>
      <translation>The export failed; no file was replaced.</translation>
    </message>
  </context>
  <context>
    <name>FieldForm</name>
    <message>
      <location filename="../../tierslieux_app/ui/widgets/form.py" line="141" />
      <source>Erreur : %s</source>
      <translation>Error: %s</translation>
    </message>
  </context>
  <context>
    <name>Findings</name>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="21" />
      <source>La structure n'est pas renseignée (nom, SIRET ou RNA, forme juridique…)</source>
      <translation>The organisation is not registered (name, SIRET or RNA, legal form…)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="24" />
      <source>Le code commune INSEE de la structure n'est pas renseigné</source>
      <translation>The INSEE municipality code is missing</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="27" />
      <source>La région de la structure n'est pas renseignée</source>
      <translation>The region of the organisation is missing</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="30" />
      <source>Les chiffres de l'année {year} (salariés, ETP, budgets…) ne sont pas renseignés ; les paramètres par défaut seront utilisés</source>
      <translation>The figures of {year} (employees, FTE, budgets…) are not entered; the default parameters will be used</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="35" />
      <source>%n projet(s) sans date de début</source>
      <translation>Projects without a start date: %n</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="36" />
      <source>%n projet(s) sans niveau de participation</source>
      <translation>Projects without a participation level: %n</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="39" />
      <source>%n projet(s) sans thématique</source>
      <translation>Projects without a theme: %n</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="40" />
      <source>%n production(s) sans type</source>
      <translation>Outputs without a type: %n</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="41" />
      <source>%n production(s) sans date (non exportée(s))</source>
      <translation>Outputs without a date (not exported): %n</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="44" />
      <source>%n participant(s) sans date de consentement</source>
      <translation>Participants without a consent date: %n</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="47" />
      <source>Aucune heure n'est saisie pour {year}</source>
      <translation>No hours entered for {year}</translation>
    </message>
  </context>
  <context>
    <name>FirstRunAssistant</name>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="269" />
      <source>Premier lancement</source>
      <translation>First start</translation>
    </message>
  </context>
  <context>
    <name>FundingModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="52" />
      <source>Financeur</source>
      <translation>Funder</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="53" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="54" />
      <source>Année</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="55" />
      <source>Montant (€)</source>
      <translation>Amount (€)</translation>
    </message>
  </context>
  <context>
    <name>FundingSection</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="312" />
      <source>Financements du projet</source>
      <translation>Project funding</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="314" />
      <source>Ajouter un financement…</source>
      <translation>Add funding…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="315" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="326" />
      <source>Ajouter un financement</source>
      <translation>Add funding</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="336" />
      <source>Nouveau financement</source>
      <translation>New funding</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="346" />
      <source>Ce financement</source>
      <translation>This funding</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="350" />
      <source>Supprimer un financement</source>
      <translation>Delete funding</translation>
    </message>
  </context>
  <context>
    <name>HoursModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/hours_model.py" line="43" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/hours_model.py" line="44" />
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/hours_model.py" line="45" />
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/hours_model.py" line="46" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/hours_model.py" line="47" />
      <source>Type de temps</source>
      <translation>Time type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/hours_model.py" line="48" />
      <source>Activité</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/hours_model.py" line="49" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>HoursPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="129" />
      <source>Filtrer par projet</source>
      <translation>Filter by project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="131" />
      <source>Filtrer par personne</source>
      <translation>Filter by person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="133" />
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="174" />
      <source>Du</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="135" />
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="176" />
      <source>Au</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="137" />
      <source>Filtrer par type de temps</source>
      <translation>Filter by time type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="139" />
      <source>Rechercher (projet, personne, note)…</source>
      <translation>Search (project, person, note)…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="140" />
      <source>Rechercher</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="148" />
      <source>Liste des heures</source>
      <translation>Hours list</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="158" />
      <source>Nombre de saisies</source>
      <translation>Number of entries</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="161" />
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="162" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="168" />
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="170" />
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="172" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="240" />
      <source>« %1 » n'est pas une date (JJ/MM/AAAA)</source>
      <translation>“%1” is not a date (DD/MM/YYYY)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="257" />
      <source>%1 saisie(s)</source>
      <translation>%1 entries</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="259" />
      <source>%1 saisie(s) ou plus (comptage…)</source>
      <translation>%1 entries or more (counting…)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="292" />
      <source>La saisie de %1 h de %2 le %3</source>
      <translation>The entry of %1 h by %2 on %3</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="301" />
      <source>Supprimer une saisie d'heures</source>
      <translation>Delete an hours entry</translation>
    </message>
  </context>
  <context>
    <name>IdentitySection</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="77" />
      <source>Modifier « %1 » du projet</source>
      <translation>Change “%1” of the project</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="56" />
      <source>Importer un tableur</source>
      <translation>Import a spreadsheet</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="59" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="60" />
      <source>Projets</source>
      <translation>Projects</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="61" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="62" />
      <source>Productions</source>
      <translation>Outputs</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="69" />
      <source>Fichier à importer</source>
      <translation>File to import</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="70" />
      <source>&amp;Choisir un fichier…</source>
      <translation>&amp;Choose a file…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="74" />
      <source>Fichier (XLSX ou CSV) :</source>
      <translation>File (XLSX or CSV):</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="77" />
      <source>Type de données</source>
      <translation>Kind of data</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="81" />
      <source>Créer un &amp;modèle vide…</source>
      <translation>Create an empty &amp;template…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="85" />
      <source>Le fichier contient :</source>
      <translation>The file holds:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="88" />
      <source>Correspondance des colonnes (modifiable) :</source>
      <translation>Column mapping (can be changed):</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="90" />
      <source>Colonne du fichier</source>
      <translation>Column of the file</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="90" />
      <source>Champ</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="91" />
      <source>Correspondance des colonnes</source>
      <translation>Column mapping</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="101" />
      <source>Aperçu des lignes</source>
      <translation>Preview of the rows</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="108" />
      <source>&amp;Vérifier</source>
      <translation>&amp;Check</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="110" />
      <source>&amp;Importer les lignes valides</source>
      <translation>&amp;Import the valid rows</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="112" />
      <source>Enregistrer les lignes &amp;refusées…</source>
      <translation>Save the &amp;refused rows…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="114" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="130" />
      <source>Tableur à importer</source>
      <translation>Spreadsheet to import</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="130" />
      <source>Tableurs (*.xlsx *.csv);;Tous les fichiers (*)</source>
      <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="140" />
      <source>Fichier illisible</source>
      <translation>Unreadable file</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="157" />
      <source>(sans titre)</source>
      <translation>(no title)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="159" />
      <source>Champ pour la colonne %1</source>
      <translation>Field for column %1</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="160" />
      <source>— ignorer —</source>
      <translation>— ignore —</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="177" />
      <source>Correspondance modifiée : cliquez sur « Vérifier ».</source>
      <translation>Mapping changed: click “Check”.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="197" />
      <source>Ligne</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="197" />
      <source>État</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="197" />
      <source>Erreur</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="202" />
      <source>à importer</source>
      <translation>to import</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="203" />
      <source>déjà présent</source>
      <translation>already there</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="204" />
      <source>doublon</source>
      <translation>duplicate</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="205" />
      <source>erreur</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="217" />
      <source>%1 ligne(s) à importer, %2 déjà présente(s), %3 en double, %4 refusée(s).</source>
      <translation>%1 row(s) to import, %2 already there, %3 duplicated, %4 refused.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="243" />
      <source>Import en cours…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="249" />
      <source>%1 ligne(s) importée(s).</source>
      <translation>%1 row(s) imported.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="251" />
      <source>%1 personne(s) ajoutée(s) à un projet comme contributeur.</source>
      <translation>%1 person(s) added to a project as contributor.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="261" />
      <source>Import impossible</source>
      <translation>Import failed</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="268" />
      <source>Lignes refusées</source>
      <translation>Refused rows</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="268" />
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="289" />
      <source>Classeur (*.xlsx)</source>
      <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="282" />
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="300" />
      <source>Enregistrement impossible</source>
      <translation>Saving failed</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="284" />
      <source>Lignes refusées enregistrées dans %1.</source>
      <translation>Refused rows saved in %1.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="289" />
      <source>Modèle vide</source>
      <translation>Empty template</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/import_wizard.py" line="302" />
      <source>Modèle enregistré dans %1.</source>
      <translation>Template saved in %1.</translation>
    </message>
  </context>
  <context>
    <name>InUseDialog</name>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/in_use_dialog.py" line="18" />
      <source>Base déjà ouverte</source>
      <translation>Database already open</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/in_use_dialog.py" line="21" />
      <source>un autre utilisateur</source>
      <translation>another user</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/in_use_dialog.py" line="22" />
      <source>un ordinateur inconnu</source>
      <translation>an unknown computer</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/in_use_dialog.py" line="33" />
      <source>La base « %1 » est déjà ouverte par %2 sur l'ordinateur « %3 »%4.

Une seule copie de TiersLieux peut la modifier à la fois. Fermez l'autre fenêtre puis relancez, ou ouvrez la base en lecture seule pour consulter les données.</source>
      <translation>The database “%1” is already open by %2 on the computer “%3”%4.

Only one copy of TiersLieux can change it at a time. Close the other window and start again, or open the database read-only to look at the data.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/in_use_dialog.py" line="40" />
      <source> depuis %1</source>
      <translation> since %1</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/in_use_dialog.py" line="44" />
      <source>Ouvrir en &amp;lecture seule</source>
      <translation>Open &amp;read-only</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/in_use_dialog.py" line="45" />
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
  </context>
  <context>
    <name>JournalDialog</name>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="46" />
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="75" />
      <source>Journal des modifications</source>
      <translation>Change log</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="49" />
      <source>Tout</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="50" />
      <source>Projets</source>
      <translation>Projects</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="51" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="52" />
      <source>Participations</source>
      <translation>Participations</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="53" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="54" />
      <source>Productions</source>
      <translation>Outputs</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="55" />
      <source>Organisations</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="56" />
      <source>Financements</source>
      <translation>Funding</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="57" />
      <source>Structure</source>
      <translation>Structure</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="60" />
      <source>création</source>
      <translation>creation</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="61" />
      <source>modification</source>
      <translation>change</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="62" />
      <source>suppression</source>
      <translation>deletion</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="63" />
      <source>ajout groupé</source>
      <translation>bulk addition</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="64" />
      <source>effacement RGPD</source>
      <translation>GDPR erasure</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="67" />
      <source>Filtrer par type d'élément</source>
      <translation>Filter by kind of item</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="73" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="73" />
      <source>Élément</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="73" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="73" />
      <source>Champs modifiés</source>
      <translation>Fields changed</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="80" />
      <source>&amp;Fermer</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="83" />
      <source>&amp;Afficher :</source>
      <translation>&amp;Show:</translation>
    </message>
    <message numerus="yes">
      <location filename="../../tierslieux_app/ui/dialogs/journal_dialog.py" line="119" />
      <source>%n ligne(s)</source>
      <translation>
        <numerusform>%n line</numerusform>
        <numerusform>%n lines</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="126" />
      <source>Tableau de bord</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="127" />
      <source>Projets</source>
      <translation>Projects</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="128" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="129" />
      <source>Feuille de temps</source>
      <translation>Timesheet</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="130" />
      <source>Heures saisies</source>
      <translation>Hours entered</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="131" />
      <source>Productions</source>
      <translation>Outputs</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="132" />
      <source>Export annuel</source>
      <translation>Yearly export</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="133" />
      <source>Structure et années</source>
      <translation>Structure and years</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="134" />
      <source>Sauvegardes</source>
      <translation>Backups</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="141" />
      <source>TiersLieux — {name} (lecture seule)</source>
      <translation>TiersLieux — {name} (read-only)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="143" />
      <source>TiersLieux — {name}</source>
      <translation>TiersLieux — {name}</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="147" />
      <source>Navigation entre les pages</source>
      <translation>Page navigation</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="179" />
      <source>Base de données ouverte</source>
      <translation>Open database</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="184" />
      <source>Annuler</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="186" />
      <source>Annulé</source>
      <translation>Undone</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="187" />
      <source>Rétablir</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="189" />
      <source>Rétabli</source>
      <translation>Redone</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="190" />
      <source>Rechercher</source>
      <translation>Find</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="211" />
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="212" />
      <source>&amp;Ouvrir une autre base…</source>
      <translation>&amp;Open another database…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="215" />
      <source>&amp;Nouvelle base…</source>
      <translation>&amp;New database…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="218" />
      <source>&amp;Journal des modifications…</source>
      <translation>Change &amp;log…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="220" />
      <source>&amp;Rappel de conservation…</source>
      <translation>Data &amp;retention reminder…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="224" />
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="227" />
      <source>&amp;Données</source>
      <translation>&amp;Data</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="230" />
      <source>&amp;Édition</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="235" />
      <source>&amp;Affichage</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="239" />
      <source>&amp;Langue</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="249" />
      <source>&amp;Aide</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="250" />
      <source>À &amp;propos de TiersLieux</source>
      <translation>&amp;About TiersLieux</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="254" />
      <source>Barre d'outils</source>
      <translation>Toolbar</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="349" />
      <source>Langue : français</source>
      <translation>Language: French</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="349" />
      <source>Langue : anglais</source>
      <translation>Language: English</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="354" />
      <source>Base TiersLieux (*.sqlite3 *.sqlite *.db)</source>
      <translation>TiersLieux database (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="356" />
      <source>Nouvelle base de données</source>
      <translation>New database</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="359" />
      <source>Ouvrir une base de données</source>
      <translation>Open a database</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="369" />
      <source>À propos de TiersLieux</source>
      <translation>About TiersLieux</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="371" />
      <source>TiersLieux {version}

La recherche participative des tiers-lieux et son fichier annuel pour l'Observatoire du TSR.

Base de données : {db}
Journal : {log}</source>
      <translation>TiersLieux {version}

Participatory research of third places and its yearly file for the Observatory of the third sector of research.

Database: {db}
Log: {log}</translation>
    </message>
  </context>
  <context>
    <name>MembersModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="30" />
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="31" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="32" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="33" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
  </context>
  <context>
    <name>MembersSection</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="152" />
      <source>Participants du projet</source>
      <translation>Project participants</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="154" />
      <source>Personne à ajouter</source>
      <translation>Person to add</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="156" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="160" />
      <source>Ajouter au projet</source>
      <translation>Add to the project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="161" />
      <source>Nouvelle personne…</source>
      <translation>New person…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="162" />
      <source>Retirer du projet</source>
      <translation>Remove from the project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="188" />
      <source>Ajouter une personne au projet</source>
      <translation>Add a person to the project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="207" />
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="218" />
      <source>Nouvelle personne</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="232" />
      <source>Retirer %1 du projet</source>
      <translation>Remove %1 from the project</translation>
    </message>
  </context>
  <context>
    <name>ObservatoryWindow</name>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="65" />
      <source>Observatoire du TSR — fichiers annuels</source>
      <translation>TSR Observatory — yearly files</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="70" />
      <source>&amp;Choisir des fichiers…</source>
      <translation>&amp;Choose files…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="71" />
      <source>Choisir un &amp;dossier…</source>
      <translation>Choose a &amp;folder…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="72" />
      <source>&amp;Importer les fichiers valides</source>
      <translation>&amp;Import the valid files</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="82" />
      <source>Fichier</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="82" />
      <source>Structure</source>
      <translation>Structure</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="82" />
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="95" />
      <source>Année</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="82" />
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="116" />
      <source>État</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="82" />
      <source>Erreurs</source>
      <translation>Errors</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="84" />
      <source>Fichiers vérifiés</source>
      <translation>Checked files</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="91" />
      <source>&amp;Année :</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="97" />
      <source>Afficher les &amp;chiffres</source>
      <translation>Show the &amp;figures</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="98" />
      <source>&amp;Exporter le classeur national…</source>
      <translation>&amp;Export the national workbook…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="101" />
      <source>Afficher les chiffres</source>
      <translation>Show the figures</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="102" />
      <source>Exporter le classeur national</source>
      <translation>Export the national workbook</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="108" />
      <source>Indicateur</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="108" />
      <source>Unité</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="108" />
      <source>Valeur</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="108" />
      <source>Structures</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="110" />
      <source>Chiffres nationaux</source>
      <translation>National figures</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="132" />
      <source>Fichiers annuels</source>
      <translation>Yearly files</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="132" />
      <source>Fichiers annuels (*.xlsx *.zip);;Tous (*)</source>
      <translation>Yearly files (*.xlsx *.zip);;All (*)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="138" />
      <source>Dossier des fichiers annuels</source>
      <translation>Folder of the yearly files</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="143" />
      <source>Vérification en cours…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="149" />
      <source>Vérification des fichiers…</source>
      <translation>Checking the files…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="156" />
      <source>valide</source>
      <translation>valid</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="156" />
      <source>non valide</source>
      <translation>not valid</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="166" />
      <source>{valid} fichier(s) valide(s) sur {total}. Double-cliquez une ligne pour le détail.</source>
      <translation>{valid} valid file(s) out of {total}. Double-click a line for the details.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="177" />
      <source>Détail : {file}</source>
      <translation>Details: {file}</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="181" />
      <source>Problèmes du fichier</source>
      <translation>Problems of the file</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="199" />
      <source>Import des fichiers…</source>
      <translation>Importing the files…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="205" />
      <source>{done} fichier(s) importé(s) sur {total}.</source>
      <translation>{done} file(s) imported out of {total}.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="227" />
      <source>secret</source>
      <translation>confidential</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="237" />
      <source>Classeur national</source>
      <translation>National workbook</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="239" />
      <source>Classeur (*.xlsx)</source>
      <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="249" />
      <source>Classeur national écrit : {path}</source>
      <translation>National workbook written: {path}</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="252" />
      <source>Écriture du classeur national…</source>
      <translation>Writing the national workbook…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/observatory/window.py" line="259" />
      <source>Observatoire</source>
      <translation>Observatory</translation>
    </message>
  </context>
  <context>
    <name>OutputsModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/outputs_model.py" line="14" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/outputs_model.py" line="15" />
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/outputs_model.py" line="16" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/outputs_model.py" line="17" />
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/outputs_model.py" line="18" />
      <source>Accès ouvert</source>
      <translation>Open access</translation>
    </message>
  </context>
  <context>
    <name>OutputsPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="48" />
      <source>Filtrer par projet</source>
      <translation>Filter by project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="50" />
      <source>Filtrer par type</source>
      <translation>Filter by type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="53" />
      <source>Toutes les années</source>
      <translation>All years</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="55" />
      <source>Filtrer par année</source>
      <translation>Filter by year</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="57" />
      <source>Rechercher une production…</source>
      <translation>Search an output…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="58" />
      <source>Rechercher une production</source>
      <translation>Search an output</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="66" />
      <source>Liste des productions</source>
      <translation>Outputs list</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="70" />
      <source>Nouvelle production…</source>
      <translation>New output…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="71" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="97" />
      <source>Auteurs (participants du projet)</source>
      <translation>Authors (project participants)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="108" />
      <source>Auteurs</source>
      <translation>Authors</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="208" />
      <source>Modifier « %1 » d'une production</source>
      <translation>Change “%1” of an output</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="227" />
      <source>Modifier les auteurs d'une production</source>
      <translation>Change the authors of an output</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="242" />
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="252" />
      <source>Nouvelle production</source>
      <translation>New output</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="267" />
      <source>Cette production</source>
      <translation>This output</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="271" />
      <source>Supprimer une production</source>
      <translation>Delete an output</translation>
    </message>
  </context>
  <context>
    <name>OutputsSection</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="365" />
      <source>Productions du projet</source>
      <translation>Project outputs</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="368" />
      <source>Ajouter une production…</source>
      <translation>Add an output…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="369" />
      <source>Ouvrir</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="384" />
      <source>Ajouter une production</source>
      <translation>Add an output</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="394" />
      <source>Nouvelle production</source>
      <translation>New output</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="14" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="15" />
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="16" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="17" />
      <source>Secteur</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="18" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="48" />
      <source>Rechercher une personne…</source>
      <translation>Search a person…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="49" />
      <source>Rechercher une personne</source>
      <translation>Search a person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="52" />
      <source>Liste des participants</source>
      <translation>Participants list</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="58" />
      <source>Nouvelle personne…</source>
      <translation>New person…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="59" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="82" />
      <source>Projets de la personne</source>
      <translation>Projects of the person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="88" />
      <source>Effacer définitivement…</source>
      <translation>Erase permanently…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="91" />
      <source>Droit à l'effacement : efface ses données personnelles, ici et dans les sauvegardes</source>
      <translation>Right to erasure: erases their personal data, here and in the backups</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="107" />
      <source>Projets et heures</source>
      <translation>Projects and hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="181" />
      <source>Total : %1 h</source>
      <translation>Total: %1 h</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="211" />
      <source>Modifier « %1 » d'une personne</source>
      <translation>Change “%1” of a person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="229" />
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="239" />
      <source>Nouvelle personne</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="254" />
      <source>Cette personne</source>
      <translation>This person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="258" />
      <source>Supprimer une personne</source>
      <translation>Delete a person</translation>
    </message>
  </context>
  <context>
    <name>PartnersModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="43" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="44" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="45" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
  </context>
  <context>
    <name>PartnersSection</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="247" />
      <source>Partenaires du projet</source>
      <translation>Project partners</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="249" />
      <source>Organisation partenaire</source>
      <translation>Partner organisation</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="251" />
      <source>Rôle du partenaire</source>
      <translation>Partner role</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="255" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="256" />
      <source>Nouvelle organisation…</source>
      <translation>New organisation…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="257" />
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="267" />
      <source>Ajouter un partenaire</source>
      <translation>Add a partner</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="289" />
      <source>Nouvelle organisation</source>
      <translation>New organisation</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="297" />
      <source>Retirer un partenaire</source>
      <translation>Remove a partner</translation>
    </message>
  </context>
  <context>
    <name>PersonProjectsModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="25" />
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="26" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="27" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="28" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
  </context>
  <context>
    <name>ProjectsModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="18" />
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="19" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="20" />
      <source>Début</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="21" />
      <source>Fin</source>
      <translation>End</translation>
    </message>
  </context>
  <context>
    <name>ProjectsPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="61" />
      <source>Rechercher un projet…</source>
      <translation>Search a project…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="62" />
      <source>Rechercher un projet</source>
      <translation>Search a project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="65" />
      <source>Liste des projets</source>
      <translation>Projects list</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="76" />
      <source>Nouveau projet…</source>
      <translation>New project…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="77" />
      <source>Ouvrir</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="78" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="105" />
      <source>◀ Tous les projets</source>
      <translation>◀ All projects</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="121" />
      <source>Identité</source>
      <translation>Identity</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="122" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="123" />
      <source>Partenaires</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="124" />
      <source>Financements</source>
      <translation>Funding</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="125" />
      <source>Productions</source>
      <translation>Outputs</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="186" />
      <source>%1 participant(s) · %2 h · %3 production(s)</source>
      <translation>%1 participant(s) · %2 h · %3 output(s)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="200" />
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="210" />
      <source>Nouveau projet</source>
      <translation>New project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="222" />
      <source>Ce projet</source>
      <translation>This project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="226" />
      <source>Supprimer un projet</source>
      <translation>Delete a project</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <location filename="../../tierslieux_app/ui/widgets/record_dialog.py" line="43" />
      <source>Créer</source>
      <translation>Create</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/widgets/record_dialog.py" line="44" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/retention_dialog.py" line="32" />
      <source>Durée de conservation des données</source>
      <translation>Data retention period</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/retention_dialog.py" line="36" />
      <source>Le RGPD demande de ne garder les données personnelles que le temps nécessaire. Voici les personnes sans heures, participation ni modification depuis :</source>
      <translation>The GDPR asks to keep personal data only as long as needed. Here are the people with no hours, participation or change since:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/retention_dialog.py" line="43" />
      <source> an(s)</source>
      <translation> year(s)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/retention_dialog.py" line="45" />
      <source>Durée de conservation en années</source>
      <translation>Retention period in years</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/retention_dialog.py" line="49" />
      <source>Participants sans activité</source>
      <translation>Participants without activity</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/retention_dialog.py" line="52" />
      <source>&amp;Effacer définitivement…</source>
      <translation>&amp;Erase permanently…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/retention_dialog.py" line="55" />
      <source>&amp;Fermer</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/dialogs/retention_dialog.py" line="76" />
      <source>%1 %2 — dernière activité : %3</source>
      <translation>%1 %2 — last activity: %3</translation>
    </message>
    <message numerus="yes">
      <location filename="../../tierslieux_app/ui/dialogs/retention_dialog.py" line="81" />
      <source>%n personne(s)</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RowsModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/_rows.py" line="40" />
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/_rows.py" line="42" />
      <source>non</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>StructureFormPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="73" />
      <source>Votre structure</source>
      <translation>Your organisation</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="75" />
      <source>Indiquez au moins un SIRET ou un numéro RNA. Le reste se complète plus tard.</source>
      <translation>Give at least a SIRET or an RNA number. The rest can be completed later.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="83" />
      <source>14 chiffres, ex. 732 829 320 00074</source>
      <translation>14 digits, e.g. 732 829 320 00074</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="84" />
      <source>W suivi de 9 chiffres, ex. W751234567</source>
      <translation>W followed by 9 digits, e.g. W751234567</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="122" />
      <source>Choisir…</source>
      <translation>Choose…</translation>
    </message>
  </context>
  <context>
    <name>StructurePage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="107" />
      <source>Structure et années</source>
      <translation>Structure and years</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="115" />
      <source>Chaque modification est enregistrée dès que vous quittez le champ (Ctrl+Z pour annuler).</source>
      <translation>Each change is saved as soon as you leave the field (Ctrl+Z to undo).</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="123" />
      <source>Identité de la structure</source>
      <translation>Structure identity</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="133" />
      <source>Chiffres de l'année</source>
      <translation>Figures of the year</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="136" />
      <source>&amp;Année :</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="141" />
      <source>Année des chiffres</source>
      <translation>Year of the figures</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="167" />
      <source>Application</source>
      <translation>Application</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="171" />
      <source>Langue de l'interface</source>
      <translation>Interface language</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="176" />
      <source>&amp;Langue :</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="182" />
      <source>Base de données :</source>
      <translation>Database:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="184" />
      <source>Ouvrir le &amp;dossier</source>
      <translation>Open the &amp;folder</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="207" />
      <source>Les chiffres de {year} ne sont pas encore renseignés ; valeurs par défaut affichées.</source>
      <translation>The figures of {year} are not entered yet; default values shown.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="244" />
      <source>Modifier « {field} »</source>
      <translation>Change “{field}”</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="260" />
      <source>Modifier « {field} » ({year})</source>
      <translation>Change “{field}” ({year})</translation>
    </message>
  </context>
  <context>
    <name>TableSection</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="103" />
      <source>Liste</source>
      <translation>List</translation>
    </message>
  </context>
  <context>
    <name>Task</name>
    <message>
      <location filename="../../tierslieux_app/ui/worker.py" line="133" />
      <source>Traitement en cours…</source>
      <translation>Working…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/worker.py" line="135" />
      <source>Veuillez patienter</source>
      <translation>Please wait</translation>
    </message>
  </context>
  <context>
    <name>TimesheetModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="38" />
      <source>lun.</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="39" />
      <source>mar.</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="40" />
      <source>mer.</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="41" />
      <source>jeu.</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="42" />
      <source>ven.</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="43" />
      <source>sam.</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="44" />
      <source>dim.</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="125" />
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="127" />
      <source>Type de temps</source>
      <translation>Time type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="129" />
      <source>Activité</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="131" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="207" />
      <source>Heures de %1 le %2</source>
      <translation>Hours of %1 on %2</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="230" />
      <source>Une ligne existe déjà pour cette personne avec ce type et cette activité.</source>
      <translation>A line already exists for this person with this type and activity.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="242" />
      <source>Changer le type ou l'activité de %1</source>
      <translation>Change the type or activity of %1</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="281" />
      <source>Copier la semaine précédente</source>
      <translation>Copy the previous week</translation>
    </message>
  </context>
  <context>
    <name>TimesheetPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="116" />
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="118" />
      <source>◀ Semaine précédente</source>
      <translation>◀ Previous week</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="119" />
      <source>Alt+Gauche</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="120" />
      <source>Semaine suivante ▶</source>
      <translation>Next week ▶</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="121" />
      <source>Alt+Droite</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="122" />
      <source>Aujourd'hui</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="124" />
      <source>Copier la semaine précédente</source>
      <translation>Copy the previous week</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="125" />
      <source>Ajouter une ligne…</source>
      <translation>Add a line…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="136" />
      <source>Grille des heures de la semaine</source>
      <translation>Hours grid of the week</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="158" />
      <source>Message de la grille</source>
      <translation>Grid message</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="161" />
      <source>Projet :</source>
      <translation>Project:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="221" />
      <source>Semaine du %1 au %2</source>
      <translation>Week from %1 to %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="244" />
      <source>%n saisie(s) copiée(s) de la semaine précédente.</source>
      <translation>
        <numerusform>%n entry copied from the previous week.</numerusform>
        <numerusform>%n entries copied from the previous week.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="248" />
      <source>Choisissez d'abord un projet.</source>
      <translation>Choose a project first.</translation>
    </message>
  </context>
</TS>