<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
  <context>
    <name />
    <message>
      <source>avant mise à jour de l’application</source>
      <translation>before an application update</translation>
    </message>
    <message>
      <source>automatique</source>
      <translation>automatic</translation>
    </message>
    <message>
      <source>à la fermeture</source>
      <translation>on closing</translation>
    </message>
    <message>
      <source>manuelle</source>
      <translation>manual</translation>
    </message>
    <message>
      <source>avant restauration</source>
      <translation>before a restore</translation>
    </message>
    <message>
      <source>avant import</source>
      <translation>before an import</translation>
    </message>
    <message>
      <source>avant fusion</source>
      <translation>before a merge</translation>
    </message>
  </context>
  <context>
    <name>AddLineDialog</name>
    <message>
      <source>Ajouter une ligne</source>
      <translation>Add a line</translation>
    </message>
    <message>
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Type de temps</source>
      <translation>Time type</translation>
    </message>
    <message>
      <source>Activité</source>
      <translation>Activity</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <source>Une erreur inattendue s’est produite ; la dernière opération n’a peut-être pas été enregistrée.

Détail : {detail}
Le journal de l’application contient les informations techniques : {log}</source>
      <translation>An unexpected error occurred; the last operation may not have been saved.

Detail: {detail}
The application log holds the technical details: {log}</translation>
    </message>
    <message>
      <source>TiersLieux</source>
      <translation>TiersLieux</translation>
    </message>
    <message>
      <source>Ouverture de la base de données…</source>
      <translation>Opening the database…</translation>
    </message>
    <message>
      <source>Attention</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>Ouverture impossible</source>
      <translation>Cannot open</translation>
    </message>
    <message>
      <source>La base de données « {path} » ne peut pas être ouverte.

{reason}</source>
      <translation>The database “{path}” cannot be opened.

{reason}</translation>
    </message>
    <message>
      <source>Choisir un autre fichier…</source>
      <translation>Choose another file…</translation>
    </message>
    <message>
      <source>Choisir une base de données</source>
      <translation>Choose a database</translation>
    </message>
    <message>
      <source>Base TiersLieux (*.sqlite3 *.sqlite *.db)</source>
      <translation>TiersLieux database (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
      <source>La base est ouverte en lecture seule : vous pouvez la consulter et exporter l’année, pas la modifier.</source>
      <translation>The database is open read-only: you can browse it and export the year, not change it.</translation>
    </message>
    <message>
      <source>Lecture seule</source>
      <translation>Read-only</translation>
    </message>
  </context>
  <context>
    <name>BackupsPage</name>
    <message>
      <source>Sauvegardes</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Taille</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Liste des sauvegardes</source>
      <translation>Backups list</translation>
    </message>
    <message>
      <source>&amp;Sauvegarder maintenant</source>
      <translation>&amp;Back up now</translation>
    </message>
    <message>
      <source>&amp;Restaurer…</source>
      <translation>&amp;Restore…</translation>
    </message>
    <message>
      <source>Ouvrir le &amp;dossier</source>
      <translation>Open the &amp;folder</translation>
    </message>
    <message>
      <source>Sauvegarder maintenant</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <source>Restaurer la sauvegarde choisie</source>
      <translation>Restore the chosen backup</translation>
    </message>
    <message>
      <source>Ouvrir le dossier des sauvegardes</source>
      <translation>Open the backups folder</translation>
    </message>
    <message>
      <source>Aucune sauvegarde pour l’instant. La première sera faite après 30 minutes d’activité ou à la fermeture ; « Sauvegarder maintenant » en fait une tout de suite.</source>
      <translation>No backups yet. The first one is made after 30 minutes of activity or on closing; “Back up now” makes one right away.</translation>
    </message>
    <message>
      <source>Une copie vérifiée de la base est faite toutes les 30 minutes d’activité, à la fermeture et avant chaque mise à jour ; on garde une copie par jour (7 jours), par semaine (4 semaines) et par mois (12 mois). Dossier : %1</source>
      <translation>A verified copy of the database is made every 30 minutes of activity, on closing and before each update; one copy per day (7 days), per week (4 weeks) and per month (12 months) is kept. Folder: %1</translation>
    </message>
    <message>
      <source>Cette base n’est pas un fichier : pas de sauvegarde possible.</source>
      <translation>This database is not a file: no backup possible.</translation>
    </message>
    <message>
      <source>Remplacer toutes les données par la sauvegarde du %1 ?</source>
      <translation>Replace all the data with the backup of %1?</translation>
    </message>
    <message>
      <source>Les modifications faites depuis seront retirées de la base. L’état actuel est d’abord sauvegardé : vous pourrez y revenir depuis cette liste.</source>
      <translation>The changes made since will be removed from the database. The current state is backed up first: you can come back to it from this list.</translation>
    </message>
    <message>
      <source>Sauvegarde en cours…</source>
      <translation>Backing up…</translation>
    </message>
    <message>
      <source>Restaurer une sauvegarde</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <source>Restaurer</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Restauration en cours…</source>
      <translation>Restoring…</translation>
    </message>
  </context>
  <context>
    <name>ChangesSection</name>
    <message>
      <source>Évolutions de l’organisation</source>
      <translation>Organisational changes</translation>
    </message>
    <message>
      <source>Évolutions de l’organisation de l’année</source>
      <translation>Organisational changes of the year</translation>
    </message>
    <message>
      <source>Aucune évolution cette année (gouvernance, statuts, postes de recherche, partenariats…).</source>
      <translation>No change this year (governance, statutes, research posts, partnerships…).</translation>
    </message>
    <message>
      <source>La description n’est transmise à l’observatoire que si la case est cochée ; elle ne doit nommer personne.</source>
      <translation>The description is sent to the observatory only when the box is ticked; it must name nobody.</translation>
    </message>
    <message>
      <source>A&amp;jouter une évolution…</source>
      <translation>&amp;Add a change…</translation>
    </message>
    <message>
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Ajouter une évolution (%1)</source>
      <translation>Add a change (%1)</translation>
    </message>
    <message>
      <source>Modifier une évolution (%1)</source>
      <translation>Edit a change (%1)</translation>
    </message>
    <message>
      <source>Nouvelle évolution de l’organisation</source>
      <translation>New organisational change</translation>
    </message>
    <message>
      <source>Modifier l’évolution</source>
      <translation>Edit the change</translation>
    </message>
    <message>
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Supprimer une évolution (%1)</source>
      <translation>Delete a change (%1)</translation>
    </message>
  </context>
  <context>
    <name>ChoicePage</name>
    <message>
      <source>Bienvenue dans TiersLieux</source>
      <translation>Welcome to TiersLieux</translation>
    </message>
    <message>
      <source>TiersLieux enregistre la recherche participative de votre tiers-lieu et prépare le fichier annuel pour l’Observatoire. Vos données restent sur cet ordinateur.</source>
      <translation>TiersLieux records the participatory research of your third place and prepares the yearly file for the Observatory. Your data stay on this computer.</translation>
    </message>
    <message>
      <source>&amp;Découvrir l’application avec des données de démonstration</source>
      <translation>&amp;Discover the application with demo data</translation>
    </message>
    <message>
      <source>&amp;Enregistrer ma structure</source>
      <translation>&amp;Register my organisation</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <source>Conflits à régler</source>
      <translation>Conflicts to resolve</translation>
    </message>
    <message>
      <source>Liste des conflits</source>
      <translation>List of conflicts</translation>
    </message>
    <message>
      <source>Champ</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Valeur ici</source>
      <translation>Value here</translation>
    </message>
    <message>
      <source>Valeur reçue</source>
      <translation>Received value</translation>
    </message>
    <message>
      <source>À garder</source>
      <translation>To keep</translation>
    </message>
    <message>
      <source>Champs en conflit</source>
      <translation>Fields in conflict</translation>
    </message>
    <message>
      <source>Tout garder &amp;ici</source>
      <translation>Keep everything &amp;here</translation>
    </message>
    <message>
      <source>Tout prendre du &amp;lot reçu</source>
      <translation>Take everything from the received &amp;batch</translation>
    </message>
    <message>
      <source>&amp;Appliquer ce choix</source>
      <translation>&amp;Apply this choice</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message numerus="yes">
      <source>%n enregistrement a été modifié ici et sur un autre poste. Pour chaque champ, choisissez la valeur à garder : rien n’est remplacé sans votre choix.</source>
      <translation>
        <numerusform>%n record was changed here and on another computer. For each field, choose the value to keep: nothing is replaced without your choice.</numerusform>
        <numerusform>%n records were changed here and on another computer. For each field, choose the value to keep: nothing is replaced without your choice.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n enregistrements ont été modifiés ici et sur un autre poste. Pour chaque champ, choisissez la valeur à garder : rien n’est remplacé sans votre choix.</source>
      <translation>
        <numerusform>%n record was changed here and on another computer. For each field, choose the value to keep: nothing is replaced without your choice.</numerusform>
        <numerusform>%n records were changed here and on another computer. For each field, choose the value to keep: nothing is replaced without your choice.</numerusform>
      </translation>
    </message>
    <message>
      <source>Choisissez la valeur à garder pour : %1.</source>
      <translation>Choose the value to keep for: %1.</translation>
    </message>
    <message>
      <source>Aucun conflit à régler.</source>
      <translation>No conflict to resolve.</translation>
    </message>
    <message>
      <source>Valeur à garder pour %1</source>
      <translation>Value to keep for %1</translation>
    </message>
    <message>
      <source>— à choisir —</source>
      <translation>— to choose —</translation>
    </message>
    <message>
      <source>Garder ici</source>
      <translation>Keep here</translation>
    </message>
    <message>
      <source>Prendre la valeur reçue</source>
      <translation>Take the received value</translation>
    </message>
    <message>
      <source>Conflit non réglé</source>
      <translation>Unresolved conflict</translation>
    </message>
  </context>
  <context>
    <name>CorruptDbDialog</name>
    <message>
      <source>Base de données endommagée</source>
      <translation>Damaged database</translation>
    </message>
    <message>
      <source>&lt;b&gt;La base « %1 » est endommagée.&lt;/b&gt;&lt;br&gt;Elle n’a pas été modifiée. Restaurer une sauvegarde remet la base dans l’état de cette sauvegarde ; le fichier abîmé est gardé dans le même dossier, sous un autre nom (il n’est pas effacé).</source>
      <translation>&lt;b&gt;The database “%1” is damaged.&lt;/b&gt;&lt;br&gt;It has not been changed. Restoring a backup puts the database back in the state of that backup; the damaged file is kept in the same folder under another name (it is not deleted).</translation>
    </message>
    <message>
      <source>Détail des problèmes trouvés</source>
      <translation>Details of the problems found</translation>
    </message>
    <message>
      <source>Dernière sauvegarde saine : %1 (%2).</source>
      <translation>Last sound backup: %1 (%2).</translation>
    </message>
    <message>
      <source>Aucune sauvegarde saine n’a été trouvée dans le dossier des sauvegardes.</source>
      <translation>No sound backup was found in the backups folder.</translation>
    </message>
    <message>
      <source>&amp;Restaurer cette sauvegarde</source>
      <translation>&amp;Restore this backup</translation>
    </message>
    <message>
      <source>&amp;Choisir une autre sauvegarde…</source>
      <translation>&amp;Choose another backup…</translation>
    </message>
    <message>
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>Détail technique :</source>
      <translation>Technical detail:</translation>
    </message>
    <message>
      <source>Choisir une sauvegarde</source>
      <translation>Choose a backup</translation>
    </message>
    <message>
      <source>Bases (*.sqlite3)</source>
      <translation>Databases (*.sqlite3)</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>Tableau de bord</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <source>Année affichée</source>
      <translation>Year shown</translation>
    </message>
    <message>
      <source>Créez votre premier projet…</source>
      <translation>Create your first project…</translation>
    </message>
    <message>
      <source>Heures par mois</source>
      <translation>Hours per month</translation>
    </message>
    <message>
      <source>Heures par projet (10 premiers)</source>
      <translation>Hours per project (top 10)</translation>
    </message>
    <message>
      <source>heures au total</source>
      <translation>hours in total</translation>
    </message>
    <message>
      <source>heures bénévoles</source>
      <translation>volunteer hours</translation>
    </message>
    <message>
      <source>heures salariées</source>
      <translation>paid hours</translation>
    </message>
    <message>
      <source>heures mises à disposition</source>
      <translation>seconded hours</translation>
    </message>
    <message>
      <source>équivalents temps plein (ETP)</source>
      <translation>full-time equivalents (FTE)</translation>
    </message>
    <message>
      <source>valorisation du bénévolat</source>
      <translation>volunteer time value</translation>
    </message>
    <message>
      <source>projets actifs</source>
      <translation>active projects</translation>
    </message>
    <message>
      <source>participants distincts</source>
      <translation>distinct participants</translation>
    </message>
    <message>
      <source>productions</source>
      <translation>outputs</translation>
    </message>
    <message>
      <source>financements</source>
      <translation>funding</translation>
    </message>
    <message>
      <source>Calcul en cours…</source>
      <translation>Computing…</translation>
    </message>
    <message>
      <source>Chiffres indisponibles</source>
      <translation>Figures unavailable</translation>
    </message>
    <message numerus="yes">
      <source>Heures par projet (%n premiers)</source>
      <translation>
        <numerusform>Hours per project (top %n)</numerusform>
        <numerusform>Hours per project (top %n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Heures par projet</source>
      <translation>Hours per project</translation>
    </message>
    <message>
      <source>à {n} h par ETP</source>
      <translation>at {n} h per FTE</translation>
    </message>
    <message>
      <source>au taux de {rate} de l’heure</source>
      <translation>at {rate} per hour</translation>
    </message>
    <message>
      <source>Tout est prêt pour l’export de {year}.</source>
      <translation>Everything is ready for the {year} export.</translation>
    </message>
    <message>
      <source>sans type</source>
      <translation>without type</translation>
    </message>
    <message>
      <source>Aucun projet pour l’instant. Créez votre premier projet, puis ajoutez-y ses participants et saisissez leurs heures dans la Feuille de temps (Ctrl+4).</source>
      <translation>No projects yet. Create your first project, then add its participants and enter their hours in the Timesheet (Ctrl+4).</translation>
    </message>
    <message>
      <source>Aucune heure saisie en {year}. Saisissez-les dans la Feuille de temps (Ctrl+4), ou choisissez une autre année.</source>
      <translation>No hours entered for {year}. Enter them in the Timesheet (Ctrl+4), or choose another year.</translation>
    </message>
    <message>
      <source>soit {n} ETP</source>
      <translation>i.e. {n} FTE</translation>
    </message>
    <message>
      <source>heures</source>
      <translation>hours</translation>
    </message>
    <message>
      <source>&amp;Année :</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>Avant l’export annuel : à compléter</source>
      <translation>Before the yearly export: to complete</translation>
    </message>
    <message>
      <source>Éléments à compléter avant l’export</source>
      <translation>Items to complete before the export</translation>
    </message>
    <message>
      <source>Double-cliquez ou appuyez sur Entrée pour ouvrir l’élément à corriger</source>
      <translation>Double-click or press Enter to open the item to fix</translation>
    </message>
    <message>
      <source>aucune heure</source>
      <translation>no hours</translation>
    </message>
    <message>
      <source>Bloquant</source>
      <translation>Blocking</translation>
    </message>
    <message>
      <source>À vérifier</source>
      <translation>To check</translation>
    </message>
  </context>
  <context>
    <name>DateEdit</name>
    <message>
      <source>JJ/MM/AAAA</source>
      <translation>DD/MM/YYYY</translation>
    </message>
    <message>
      <source>Choisir dans un calendrier</source>
      <translation>Pick in a calendar</translation>
    </message>
    <message>
      <source>Choisir une date</source>
      <translation>Choose a date</translation>
    </message>
  </context>
  <context>
    <name>DemoPage</name>
    <message>
      <source>Données de démonstration</source>
      <translation>Demo data</translation>
    </message>
    <message>
      <source>Pour découvrir l’application sans toucher à vos données.</source>
      <translation>To discover the application without touching your data.</translation>
    </message>
    <message>
      <source>Une base de démonstration (structure, projets, participants et heures inventés) va être créée dans :
{path}

Vos propres données ne sont pas concernées. Pour enregistrer votre structure plus tard : menu Fichier → Nouvelle base…</source>
      <translation>A demo database (invented organisation, projects, participants and hours) will be created in:
{path}

Your own data are not affected. To register your organisation later: File menu → New database…</translation>
    </message>
    <message>
      <source>Création des données de démonstration…</source>
      <translation>Creating the demo data…</translation>
    </message>
  </context>
  <context>
    <name>DocumentActions</name>
    <message>
      <source>Choisissez d’abord une personne dans la liste.</source>
      <translation>Choose a person in the list first.</translation>
    </message>
    <message>
      <source>Ouvrez d’abord un projet.</source>
      <translation>Open a project first.</translation>
    </message>
    <message>
      <source>Préparation du document…</source>
      <translation>Preparing the document…</translation>
    </message>
    <message>
      <source>Dossier des attestations</source>
      <translation>Folder for the certificates</translation>
    </message>
    <message>
      <source>Document PDF (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <source>Classeur XLSX (*.xlsx)</source>
      <translation>XLSX workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Enregistrer le document</source>
      <translation>Save the document</translation>
    </message>
    <message>
      <source>Écriture des documents…</source>
      <translation>Writing the documents…</translation>
    </message>
    <message>
      <source>Écriture du document…</source>
      <translation>Writing the document…</translation>
    </message>
    <message>
      <source>Document enregistré : %1</source>
      <translation>Document saved: %1</translation>
    </message>
    <message>
      <source>%1 documents enregistrés dans « %2 ».</source>
      <translation>%1 documents saved in “%2”.</translation>
    </message>
    <message>
      <source>Impossible d’écrire le document%1 (%2) : choisissez un autre emplacement.</source>
      <translation>Could not write the document%1 (%2): choose another location.</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <source>Attestation de participation</source>
      <translation>Certificate of participation</translation>
    </message>
    <message>
      <source>Bilan du projet</source>
      <translation>Project report</translation>
    </message>
    <message>
      <source>Valorisation du bénévolat</source>
      <translation>Value of volunteer time</translation>
    </message>
    <message>
      <source>Rapport d’activité</source>
      <translation>Activity report</translation>
    </message>
    <message>
      <source>Attestations de tous les bénévoles…</source>
      <translation>Certificates for every volunteer…</translation>
    </message>
    <message>
      <source>Aperçu</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>Imprimer…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <source>Enregistrer en PDF…</source>
      <translation>Save as PDF…</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>Modifier une saisie d’heures</source>
      <translation>Change an hours entry</translation>
    </message>
    <message>
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>EraseParticipantDialog</name>
    <message>
      <source>Effacement définitif</source>
      <translation>Permanent erasure</translation>
    </message>
    <message>
      <source>Effacer définitivement les données personnelles de %1 (nom, prénom, courriel, téléphone, notes) ? Cette action ne peut pas être annulée.</source>
      <translation>Permanently erase the personal data of %1 (name, first name, e-mail, phone, notes)? This cannot be undone.</translation>
    </message>
    <message>
      <source>&amp;Anonymiser : garder ses heures et participations (statistiques)</source>
      <translation>&amp;Anonymise: keep their hours and participations (statistics)</translation>
    </message>
    <message>
      <source>&amp;Supprimer aussi ses heures, participations et autorats</source>
      <translation>&amp;Also delete their hours, participations and authorships</translation>
    </message>
    <message>
      <source>Sauvegardes qui contiennent encore la personne</source>
      <translation>Backups that still contain the person</translation>
    </message>
    <message>
      <source>&amp;Effacer définitivement</source>
      <translation>&amp;Erase permanently</translation>
    </message>
    <message>
      <source>Effacer aussi des &amp;sauvegardes</source>
      <translation>Also erase from the &amp;backups</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Effacement en cours…</source>
      <translation>Erasing…</translation>
    </message>
    <message>
      <source>&amp;Fermer</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>Les données personnelles ont été effacées du fichier de la base.</source>
      <translation>The personal data have been erased from the database file.</translation>
    </message>
    <message>
      <source>Un autre programme lit la base : fermez-le puis recommencez pour finir le nettoyage.</source>
      <translation>Another program is reading the database: close it and try again to finish the clean-up.</translation>
    </message>
    <message numerus="yes">
      <source>%n sauvegarde contient encore cette personne :</source>
      <translation>
        <numerusform>%n backup still holds this person:</numerusform>
        <numerusform>%n backups still hold this person:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n sauvegardes contiennent encore cette personne :</source>
      <translation>
        <numerusform>%n backup still holds this person:</numerusform>
        <numerusform>%n backups still hold this person:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>La personne a été effacée de la base et de %n sauvegarde.</source>
      <translation>
        <numerusform>The person was erased from the database and from %n backup.</numerusform>
        <numerusform>The person was erased from the database and from %n backups.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>La personne a été effacée de la base et de %n sauvegardes.</source>
      <translation>
        <numerusform>The person was erased from the database and from %n backup.</numerusform>
        <numerusform>The person was erased from the database and from %n backups.</numerusform>
      </translation>
    </message>
    <message>
      <source>Aucune sauvegarde ne la contient.</source>
      <translation>No backup contains them.</translation>
    </message>
    <message>
      <source>Nettoyage des sauvegardes…</source>
      <translation>Cleaning the backups…</translation>
    </message>
  </context>
  <context>
    <name>ExchangeMenu</name>
    <message>
      <source>&amp;Importer un tableur…</source>
      <translation>&amp;Import a spreadsheet…</translation>
    </message>
    <message>
      <source>&amp;Exporter un lot pour la coordination…</source>
      <translation>&amp;Export a batch for the coordinator…</translation>
    </message>
    <message>
      <source>Im&amp;porter un lot…</source>
      <translation>Im&amp;port a batch…</translation>
    </message>
    <message>
      <source>&amp;Conflits à régler…</source>
      <translation>&amp;Conflicts to settle…</translation>
    </message>
    <message>
      <source>Exporter un lot</source>
      <translation>Export a batch</translation>
    </message>
    <message>
      <source>Préparation du lot…</source>
      <translation>Preparing the batch…</translation>
    </message>
    <message>
      <source>Lot exporté</source>
      <translation>Batch exported</translation>
    </message>
    <message numerus="yes">
      <source>%n enregistrement écrit dans « %2 ».</source>
      <translation>
        <numerusform>%n record written to “%2”.</numerusform>
        <numerusform>%n records written to “%2”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n enregistrements écrits dans « %2 ».</source>
      <translation>
        <numerusform>%n record written to “%2”.</numerusform>
        <numerusform>%n records written to “%2”.</numerusform>
      </translation>
    </message>
    <message>
      <source>Enregistrements reçus : %1 · pris : %2 · déjà connus : %3 · conflits : %4</source>
      <translation>Records received: %1 · taken: %2 · already known: %3 · conflicts: %4</translation>
    </message>
    <message>
      <source>Importer un lot</source>
      <translation>Import a batch</translation>
    </message>
    <message>
      <source>Fusion du lot…</source>
      <translation>Merging the batch…</translation>
    </message>
    <message>
      <source>Lot importé</source>
      <translation>Batch imported</translation>
    </message>
    <message>
      <source>Échange de données</source>
      <translation>Data exchange</translation>
    </message>
  </context>
  <context>
    <name>ExportPage</name>
    <message>
      <source>Année à exporter</source>
      <translation>Year to export</translation>
    </message>
    <message>
      <source>Export annuel pour l’Observatoire</source>
      <translation>Yearly export for the Observatory</translation>
    </message>
    <message>
      <source>Un fichier par année, pseudonymisé : aucun nom, e-mail, téléphone ni note de personne n’y figure. Le classeur XLSX se lit dans un tableur ; le Data Package (CSV) s’importe par programme. Les deux contiennent les mêmes valeurs.</source>
      <translation>One file per year, pseudonymised: no person's name, e-mail, phone or notes are in it. The XLSX workbook opens in a spreadsheet; the Data Package (CSV) is for programs. Both hold the same values.</translation>
    </message>
    <message>
      <source>&amp;Année :</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>Format du fichier</source>
      <translation>File format</translation>
    </message>
    <message>
      <source>Classeur XLSX (Excel, LibreOffice)</source>
      <translation>XLSX workbook (Excel, LibreOffice)</translation>
    </message>
    <message>
      <source>Data Package : CSV et datapackage.json (ZIP)</source>
      <translation>Data Package: CSV and datapackage.json (ZIP)</translation>
    </message>
    <message>
      <source>&amp;Format :</source>
      <translation>&amp;Format:</translation>
    </message>
    <message>
      <source>&amp;Dossier :</source>
      <translation>&amp;Folder:</translation>
    </message>
    <message>
      <source>Fichier :</source>
      <translation>File:</translation>
    </message>
    <message>
      <source>Vérifications avant l’export</source>
      <translation>Checks before the export</translation>
    </message>
    <message>
      <source>J’ai lu les &amp;avertissements et j’exporte quand même</source>
      <translation>I have read the &amp;warnings and export anyway</translation>
    </message>
    <message>
      <source>Avancement de l’export</source>
      <translation>Export progress</translation>
    </message>
    <message>
      <source>Tout est prêt : aucune donnée obligatoire ne manque.</source>
      <translation>All set: no required data is missing.</translation>
    </message>
    <message>
      <source>Corrigez d’abord les éléments bloquants de la liste.</source>
      <translation>First fix the blocking items of the list.</translation>
    </message>
    <message>
      <source>Fichier écrit : {path} ({rows} lignes). Empreinte SHA-256 : {digest}</source>
      <translation>File written: {path} ({rows} rows). SHA-256 digest: {digest}</translation>
    </message>
    <message>
      <source>L’export n’a pas abouti ; aucun fichier n’a été remplacé.</source>
      <translation>The export failed; no file was replaced.</translation>
    </message>
    <message>
      <source>Dossier de destination</source>
      <translation>Destination folder</translation>
    </message>
    <message>
      <source>&amp;Parcourir…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <source>&amp;Exporter</source>
      <translation>&amp;Export</translation>
    </message>
    <message>
      <source>&amp;Ouvrir le dossier</source>
      <translation>&amp;Open the folder</translation>
    </message>
    <message>
      <source>Vérification en cours…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>Bloquant</source>
      <translation>Blocking</translation>
    </message>
    <message>
      <source>Avertissement</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>Cochez la case pour accepter les avertissements.</source>
      <translation>Tick the box to accept the warnings.</translation>
    </message>
    <message>
      <source>Export en cours…</source>
      <translation>Exporting…</translation>
    </message>
  </context>
  <context>
    <name>FieldForm</name>
    <message>
      <source>Erreur : %s</source>
      <translation>Error: %s</translation>
    </message>
  </context>
  <context>
    <name>Findings</name>
    <message>
      <source>Projets sans date de début : %n</source>
      <translation>Projects without a start date: %n</translation>
    </message>
    <message>
      <source>Productions sans type : %n</source>
      <translation>Outputs without a type: %n</translation>
    </message>
    <message>
      <source>Corriger →</source>
      <translation>Fix →</translation>
    </message>
    <message>
      <source>Corriger : %1</source>
      <translation>Fix: %1</translation>
    </message>
  </context>
  <context>
    <name>FirstRunAssistant</name>
    <message>
      <source>Premier lancement</source>
      <translation>First start</translation>
    </message>
  </context>
  <context>
    <name>FundingModel</name>
    <message>
      <source>Financeur</source>
      <translation>Funder</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Année</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Montant (€)</source>
      <translation>Amount (€)</translation>
    </message>
  </context>
  <context>
    <name>FundingSection</name>
    <message>
      <source>Financements du projet</source>
      <translation>Project funding</translation>
    </message>
    <message>
      <source>Ajouter un financement…</source>
      <translation>Add funding…</translation>
    </message>
    <message>
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Ajouter un financement</source>
      <translation>Add funding</translation>
    </message>
    <message>
      <source>Nouveau financement</source>
      <translation>New funding</translation>
    </message>
    <message>
      <source>Ce financement</source>
      <translation>This funding</translation>
    </message>
    <message>
      <source>Supprimer un financement</source>
      <translation>Delete funding</translation>
    </message>
  </context>
  <context>
    <name>HoursModel</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>Type de temps</source>
      <translation>Time type</translation>
    </message>
    <message>
      <source>Activité</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>HoursPage</name>
    <message>
      <source>Filtrer par projet</source>
      <translation>Filter by project</translation>
    </message>
    <message>
      <source>Filtrer par personne</source>
      <translation>Filter by person</translation>
    </message>
    <message>
      <source>Du</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Au</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Filtrer par type de temps</source>
      <translation>Filter by time type</translation>
    </message>
    <message>
      <source>Rechercher (projet, personne, note)…</source>
      <translation>Search (project, person, note)…</translation>
    </message>
    <message>
      <source>Rechercher</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Liste des heures</source>
      <translation>Hours list</translation>
    </message>
    <message>
      <source>Aucune heure à afficher. Les heures se saisissent dans la Feuille de temps (Ctrl+4).</source>
      <translation>No hours to show. Hours are entered in the Timesheet (Ctrl+4).</translation>
    </message>
    <message>
      <source>Nombre de saisies</source>
      <translation>Number of entries</translation>
    </message>
    <message>
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>« %1 » n’est pas une date (JJ/MM/AAAA)</source>
      <translation>“%1” is not a date (DD/MM/YYYY)</translation>
    </message>
    <message numerus="yes">
      <source>%1 saisie</source>
      <translation>
        <numerusform>%1 entry</numerusform>
        <numerusform>%1 entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 saisies</source>
      <translation>
        <numerusform>%1 entry</numerusform>
        <numerusform>%1 entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 saisies ou plus (comptage…)</source>
      <translation>
        <numerusform>%1 entry or more (counting…)</numerusform>
        <numerusform>%1 entries or more (counting…)</numerusform>
      </translation>
    </message>
    <message>
      <source>Supprimer une saisie d’heures</source>
      <translation>Delete an hours entry</translation>
    </message>
    <message>
      <source>La saisie de %1 h de %2 le %3</source>
      <translation>The entry of %1 h by %2 on %3</translation>
    </message>
  </context>
  <context>
    <name>IdentitySection</name>
    <message>
      <source>Modifier « %1 » du projet</source>
      <translation>Change “%1” of the project</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>Importer un tableur</source>
      <translation>Import a spreadsheet</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Projets</source>
      <translation>Projects</translation>
    </message>
    <message>
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>Productions</source>
      <translation>Outputs</translation>
    </message>
    <message>
      <source>Fichier à importer</source>
      <translation>File to import</translation>
    </message>
    <message>
      <source>&amp;Choisir un fichier…</source>
      <translation>&amp;Choose a file…</translation>
    </message>
    <message>
      <source>Type de données</source>
      <translation>Kind of data</translation>
    </message>
    <message>
      <source>Créer un &amp;modèle vide…</source>
      <translation>Create an empty &amp;template…</translation>
    </message>
    <message>
      <source>Fichier (XLSX ou CSV) :</source>
      <translation>File (XLSX or CSV):</translation>
    </message>
    <message>
      <source>Le fichier contient :</source>
      <translation>The file holds:</translation>
    </message>
    <message>
      <source>Correspondance des colonnes (modifiable) :</source>
      <translation>Column mapping (can be changed):</translation>
    </message>
    <message>
      <source>Colonne du fichier</source>
      <translation>Column of the file</translation>
    </message>
    <message>
      <source>Champ</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Correspondance des colonnes</source>
      <translation>Column mapping</translation>
    </message>
    <message>
      <source>Aperçu des lignes</source>
      <translation>Preview of the rows</translation>
    </message>
    <message>
      <source>&amp;Vérifier</source>
      <translation>&amp;Check</translation>
    </message>
    <message>
      <source>&amp;Importer les lignes valides</source>
      <translation>&amp;Import the valid rows</translation>
    </message>
    <message>
      <source>Enregistrer les lignes &amp;refusées…</source>
      <translation>Save the &amp;refused rows…</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Tableur à importer</source>
      <translation>Spreadsheet to import</translation>
    </message>
    <message>
      <source>Tableurs (*.xlsx *.csv);;Tous les fichiers (*)</source>
      <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
      <source>Fichier illisible</source>
      <translation>Unreadable file</translation>
    </message>
    <message>
      <source>(sans titre)</source>
      <translation>(no title)</translation>
    </message>
    <message>
      <source>Champ pour la colonne %1</source>
      <translation>Field for column %1</translation>
    </message>
    <message>
      <source>— ignorer —</source>
      <translation>— ignore —</translation>
    </message>
    <message>
      <source>Correspondance modifiée : cliquez sur « Vérifier ».</source>
      <translation>Mapping changed: click “Check”.</translation>
    </message>
    <message>
      <source>Lignes à importer : %1 · déjà présentes : %2 · en double : %3 · refusées : %4.</source>
      <translation>Rows to import: %1 · already there: %2 · duplicates: %3 · refused: %4.</translation>
    </message>
    <message numerus="yes">
      <source>%n ligne importée.</source>
      <translation>
        <numerusform>%n row imported.</numerusform>
        <numerusform>%n rows imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n lignes importées.</source>
      <translation>
        <numerusform>%n row imported.</numerusform>
        <numerusform>%n rows imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n personne ajoutée à un projet comme contributeur.</source>
      <translation>
        <numerusform>%n person added to a project as a contributor.</numerusform>
        <numerusform>%n people added to a project as contributors.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n personnes ajoutées à un projet comme contributeurs.</source>
      <translation>
        <numerusform>%n person added to a project as a contributor.</numerusform>
        <numerusform>%n people added to a project as contributors.</numerusform>
      </translation>
    </message>
    <message>
      <source>Ligne</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>État</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Erreur</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>à importer</source>
      <translation>to import</translation>
    </message>
    <message>
      <source>déjà présent</source>
      <translation>already there</translation>
    </message>
    <message>
      <source>doublon</source>
      <translation>duplicate</translation>
    </message>
    <message>
      <source>erreur</source>
      <translation>error</translation>
    </message>
    <message>
      <source>Import en cours…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>Import impossible</source>
      <translation>Import failed</translation>
    </message>
    <message>
      <source>Lignes refusées</source>
      <translation>Refused rows</translation>
    </message>
    <message>
      <source>Classeur (*.xlsx)</source>
      <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Enregistrement impossible</source>
      <translation>Saving failed</translation>
    </message>
    <message>
      <source>Lignes refusées enregistrées dans %1.</source>
      <translation>Refused rows saved in %1.</translation>
    </message>
    <message>
      <source>Modèle vide</source>
      <translation>Empty template</translation>
    </message>
    <message>
      <source>Modèle enregistré dans %1.</source>
      <translation>Template saved in %1.</translation>
    </message>
  </context>
  <context>
    <name>InUseDialog</name>
    <message>
      <source>Base déjà ouverte</source>
      <translation>Database already open</translation>
    </message>
    <message>
      <source>un autre utilisateur</source>
      <translation>another user</translation>
    </message>
    <message>
      <source>un ordinateur inconnu</source>
      <translation>an unknown computer</translation>
    </message>
    <message>
      <source>La base « %1 » est déjà ouverte par %2 sur l’ordinateur « %3 »%4.

Une seule copie de TiersLieux peut la modifier à la fois. Fermez l’autre fenêtre puis relancez, ou ouvrez la base en lecture seule pour consulter les données.</source>
      <translation>The database “%1” is already open by %2 on the computer “%3”%4.

Only one copy of TiersLieux can change it at a time. Close the other window and start again, or open the database read-only to look at the data.</translation>
    </message>
    <message>
      <source> depuis %1</source>
      <translation> since %1</translation>
    </message>
    <message>
      <source>Ouvrir en &amp;lecture seule</source>
      <translation>Open &amp;read-only</translation>
    </message>
    <message>
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
  </context>
  <context>
    <name>JobsModel</name>
    <message>
      <source>Type de contrat</source>
      <translation>Contract type</translation>
    </message>
    <message>
      <source>ETP</source>
      <translation>FTE</translation>
    </message>
    <message>
      <source>Effectif
au 31/12</source>
      <translation>Headcount
on 31/12</translation>
    </message>
    <message>
      <source>dont ETP
recherche</source>
      <translation>of which
research FTE</translation>
    </message>
    <message>
      <source>Stage, service civique, mise à disposition : comptés à part des salariés</source>
      <translation>Interns, civic service, seconded staff: counted apart from the employees</translation>
    </message>
    <message>
      <source>Total salariés</source>
      <translation>Total employees</translation>
    </message>
    <message>
      <source>Total hors salariés</source>
      <translation>Total non-employees</translation>
    </message>
    <message>
      <source>Emplois %1 : %2</source>
      <translation>Jobs %1: %2</translation>
    </message>
  </context>
  <context>
    <name>JobsSection</name>
    <message>
      <source>Emplois par type de contrat</source>
      <translation>Jobs by contract type</translation>
    </message>
    <message>
      <source>Effectif au 31 décembre et ETP de l’année. Tapez un nombre ; Entrée descend, Tab passe à la colonne suivante.</source>
      <translation>Headcount on 31 December and FTE over the year. Type a number; Enter goes down, Tab to the next column.</translation>
    </message>
  </context>
  <context>
    <name>JournalDialog</name>
    <message>
      <source>Journal des modifications</source>
      <translation>Change log</translation>
    </message>
    <message>
      <source>Tout</source>
      <translation>All</translation>
    </message>
    <message>
      <source>Projets</source>
      <translation>Projects</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Participations</source>
      <translation>Participations</translation>
    </message>
    <message>
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>Productions</source>
      <translation>Outputs</translation>
    </message>
    <message>
      <source>Organisations</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <source>Financements</source>
      <translation>Funding</translation>
    </message>
    <message>
      <source>Structure</source>
      <translation>Structure</translation>
    </message>
    <message>
      <source>création</source>
      <translation>creation</translation>
    </message>
    <message>
      <source>modification</source>
      <translation>change</translation>
    </message>
    <message>
      <source>suppression</source>
      <translation>deletion</translation>
    </message>
    <message>
      <source>ajout groupé</source>
      <translation>bulk addition</translation>
    </message>
    <message>
      <source>effacement RGPD</source>
      <translation>GDPR erasure</translation>
    </message>
    <message>
      <source>Filtrer par type d’élément</source>
      <translation>Filter by kind of item</translation>
    </message>
    <message>
      <source>&amp;Afficher :</source>
      <translation>&amp;Show:</translation>
    </message>
    <message numerus="yes">
      <source>%n ligne</source>
      <translation>
        <numerusform>%n row</numerusform>
        <numerusform>%n rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n lignes</source>
      <translation>
        <numerusform>%n row</numerusform>
        <numerusform>%n rows</numerusform>
      </translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Élément</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Champs modifiés</source>
      <translation>Fields changed</translation>
    </message>
    <message>
      <source>&amp;Fermer</source>
      <translation>&amp;Close</translation>
    </message>
  </context>
  <context>
    <name>LogoSection</name>
    <message>
      <source>Logo…</source>
      <translation>Logo…</translation>
    </message>
    <message>
      <source>Retirer le logo</source>
      <translation>Remove the logo</translation>
    </message>
    <message>
      <source>Pas de logo</source>
      <translation>No logo</translation>
    </message>
    <message>
      <source>Logo de la structure</source>
      <translation>Logo of the organisation</translation>
    </message>
    <message>
      <source>Images PNG ou JPEG (*.png *.jpg *.jpeg)</source>
      <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Changer le logo</source>
      <translation>Change the logo</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Tableau de bord</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <source>Projets</source>
      <translation>Projects</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Feuille de temps</source>
      <translation>Timesheet</translation>
    </message>
    <message>
      <source>Heures saisies</source>
      <translation>Hours entered</translation>
    </message>
    <message>
      <source>Productions</source>
      <translation>Outputs</translation>
    </message>
    <message>
      <source>Export annuel</source>
      <translation>Yearly export</translation>
    </message>
    <message>
      <source>Structure et années</source>
      <translation>Structure and years</translation>
    </message>
    <message>
      <source>Sauvegardes</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>TiersLieux — {name} (lecture seule)</source>
      <translation>TiersLieux — {name} (read-only)</translation>
    </message>
    <message>
      <source>TiersLieux — {name}</source>
      <translation>TiersLieux — {name}</translation>
    </message>
    <message>
      <source>Navigation entre les pages</source>
      <translation>Page navigation</translation>
    </message>
    <message>
      <source>Base de données ouverte</source>
      <translation>Open database</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>Annulé</source>
      <translation>Undone</translation>
    </message>
    <message>
      <source>Rétablir</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>Rétabli</source>
      <translation>Redone</translation>
    </message>
    <message>
      <source>Rechercher</source>
      <translation>Find</translation>
    </message>
    <message>
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Ouvrir une autre base…</source>
      <translation>&amp;Open another database…</translation>
    </message>
    <message>
      <source>&amp;Nouvelle base…</source>
      <translation>&amp;New database…</translation>
    </message>
    <message>
      <source>&amp;Journal des modifications…</source>
      <translation>Change &amp;log…</translation>
    </message>
    <message>
      <source>&amp;Rappel de conservation…</source>
      <translation>Data &amp;retention reminder…</translation>
    </message>
    <message>
      <source>&amp;Documents</source>
      <translation>&amp;Documents</translation>
    </message>
    <message>
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Données</source>
      <translation>&amp;Data</translation>
    </message>
    <message>
      <source>&amp;Édition</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;Affichage</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Langue</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Aide</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>À &amp;propos de TiersLieux</source>
      <translation>&amp;About TiersLieux</translation>
    </message>
    <message>
      <source>Barre d’outils</source>
      <translation>Toolbar</translation>
    </message>
    <message>
      <source>Langue : français</source>
      <translation>Language: French</translation>
    </message>
    <message>
      <source>Langue : anglais</source>
      <translation>Language: English</translation>
    </message>
    <message>
      <source>TiersLieux {version}

La recherche participative des tiers-lieux et son fichier annuel pour l’Observatoire du TSR.

Base de données : {db}
Journal : {log}</source>
      <translation>TiersLieux {version}

Participatory research of third places and its yearly file for the Observatory of the third sector of research.

Database: {db}
Log: {log}</translation>
    </message>
    <message>
      <source>Base TiersLieux (*.sqlite3 *.sqlite *.db)</source>
      <translation>TiersLieux database (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
      <source>Nouvelle base de données</source>
      <translation>New database</translation>
    </message>
    <message>
      <source>Ouvrir une base de données</source>
      <translation>Open a database</translation>
    </message>
    <message>
      <source>À propos de TiersLieux</source>
      <translation>About TiersLieux</translation>
    </message>
  </context>
  <context>
    <name>MembersModel</name>
    <message>
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
  </context>
  <context>
    <name>MembersSection</name>
    <message>
      <source>Participants du projet</source>
      <translation>Project participants</translation>
    </message>
    <message>
      <source>Personne à ajouter</source>
      <translation>Person to add</translation>
    </message>
    <message>
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Ajouter au projet</source>
      <translation>Add to the project</translation>
    </message>
    <message>
      <source>Nouvelle personne…</source>
      <translation>New person…</translation>
    </message>
    <message>
      <source>Retirer du projet</source>
      <translation>Remove from the project</translation>
    </message>
    <message>
      <source>Ajouter une personne au projet</source>
      <translation>Add a person to the project</translation>
    </message>
    <message>
      <source>Nouvelle personne</source>
      <translation>New person</translation>
    </message>
    <message>
      <source>Retirer %1 du projet</source>
      <translation>Remove %1 from the project</translation>
    </message>
  </context>
  <context>
    <name>ObservatoryWindow</name>
    <message>
      <source>Observatoire du TSR — fichiers annuels</source>
      <translation>TSR Observatory — yearly files</translation>
    </message>
    <message>
      <source>&amp;Choisir des fichiers…</source>
      <translation>&amp;Choose files…</translation>
    </message>
    <message>
      <source>Choisir un &amp;dossier…</source>
      <translation>Choose a &amp;folder…</translation>
    </message>
    <message>
      <source>&amp;Importer les fichiers valides</source>
      <translation>&amp;Import the valid files</translation>
    </message>
    <message>
      <source>Fichier</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Structure</source>
      <translation>Structure</translation>
    </message>
    <message>
      <source>Année</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>État</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Erreurs</source>
      <translation>Errors</translation>
    </message>
    <message>
      <source>Fichiers vérifiés</source>
      <translation>Checked files</translation>
    </message>
    <message>
      <source>&amp;Année :</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>Afficher les &amp;chiffres</source>
      <translation>Show the &amp;figures</translation>
    </message>
    <message>
      <source>&amp;Exporter le classeur national…</source>
      <translation>&amp;Export the national workbook…</translation>
    </message>
    <message>
      <source>Afficher les chiffres</source>
      <translation>Show the figures</translation>
    </message>
    <message>
      <source>Exporter le classeur national</source>
      <translation>Export the national workbook</translation>
    </message>
    <message>
      <source>Indicateur</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Unité</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Valeur</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>Structures</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <source>Chiffres nationaux</source>
      <translation>National figures</translation>
    </message>
    <message>
      <source>Fichiers annuels</source>
      <translation>Yearly files</translation>
    </message>
    <message>
      <source>Fichiers annuels (*.xlsx *.zip);;Tous (*)</source>
      <translation>Yearly files (*.xlsx *.zip);;All (*)</translation>
    </message>
    <message>
      <source>Dossier des fichiers annuels</source>
      <translation>Folder of the yearly files</translation>
    </message>
    <message>
      <source>Vérification en cours…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>Vérification des fichiers…</source>
      <translation>Checking the files…</translation>
    </message>
    <message>
      <source>valide</source>
      <translation>valid</translation>
    </message>
    <message>
      <source>non valide</source>
      <translation>not valid</translation>
    </message>
    <message>
      <source>Fichiers valides : {valid} sur {total}. Double-cliquez une ligne pour le détail.</source>
      <translation>Valid files: {valid} out of {total}. Double-click a line for the details.</translation>
    </message>
    <message>
      <source>Détail : {file}</source>
      <translation>Details: {file}</translation>
    </message>
    <message>
      <source>Fichiers importés : {done} sur {total}.</source>
      <translation>Files imported: {done} out of {total}.</translation>
    </message>
    <message>
      <source>Classeur national écrit : {path}</source>
      <translation>National workbook written: {path}</translation>
    </message>
    <message>
      <source>Problèmes du fichier</source>
      <translation>Problems of the file</translation>
    </message>
    <message>
      <source>Import des fichiers…</source>
      <translation>Importing the files…</translation>
    </message>
    <message>
      <source>secret</source>
      <translation>confidential</translation>
    </message>
    <message>
      <source>Classeur national</source>
      <translation>National workbook</translation>
    </message>
    <message>
      <source>Classeur (*.xlsx)</source>
      <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Écriture du classeur national…</source>
      <translation>Writing the national workbook…</translation>
    </message>
    <message>
      <source>Observatoire</source>
      <translation>Observatory</translation>
    </message>
  </context>
  <context>
    <name>OptionsDialog</name>
    <message>
      <source>Options du document</source>
      <translation>Document options</translation>
    </message>
    <message>
      <source>Tout le projet</source>
      <translation>Whole project</translation>
    </message>
    <message>
      <source>&amp;Année :</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>&amp;Langue du document :</source>
      <translation>Document &amp;language:</translation>
    </message>
    <message>
      <source>Représentant légal de la structure</source>
      <translation>Legal representative of the organisation</translation>
    </message>
    <message>
      <source>&amp;Signataire :</source>
      <translation>&amp;Signed by:</translation>
    </message>
    <message>
      <source>&amp;Fonction :</source>
      <translation>&amp;Role:</translation>
    </message>
    <message>
      <source>Fait à :</source>
      <translation>Place:</translation>
    </message>
    <message>
      <source>Le :</source>
      <translation>Date:</translation>
    </message>
    <message>
      <source>&amp;Méthode de valorisation :</source>
      <translation>Valuation &amp;method:</translation>
    </message>
    <message>
      <source>Le bilan ne nomme personne, sauf les personnes cochées ici (remerciements).</source>
      <translation>The report names nobody, except the people ticked here (acknowledgements).</translation>
    </message>
    <message>
      <source>Personnes à remercier :</source>
      <translation>People to credit:</translation>
    </message>
  </context>
  <context>
    <name>OrgChangesModel</name>
    <message>
      <source>Évolution</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Transmise</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>Transmise à l’observatoire (la description comprise)</source>
      <translation>Sent to the observatory (with its description)</translation>
    </message>
  </context>
  <context>
    <name>OutputsModel</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Accès ouvert</source>
      <translation>Open access</translation>
    </message>
  </context>
  <context>
    <name>OutputsPage</name>
    <message>
      <source>Filtrer par projet</source>
      <translation>Filter by project</translation>
    </message>
    <message>
      <source>Filtrer par type</source>
      <translation>Filter by type</translation>
    </message>
    <message>
      <source>Toutes les années</source>
      <translation>All years</translation>
    </message>
    <message>
      <source>Filtrer par année</source>
      <translation>Filter by year</translation>
    </message>
    <message>
      <source>Rechercher une production…</source>
      <translation>Search an output…</translation>
    </message>
    <message>
      <source>Rechercher une production</source>
      <translation>Search an output</translation>
    </message>
    <message>
      <source>Liste des productions</source>
      <translation>Outputs list</translation>
    </message>
    <message>
      <source>Aucune production à afficher. Ajoutez-en avec « Nouvelle production… ».</source>
      <translation>No outputs to show. Add some with “New output…”.</translation>
    </message>
    <message>
      <source>Nouvelle production…</source>
      <translation>New output…</translation>
    </message>
    <message>
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>P&amp;rojet :</source>
      <translation>P&amp;roject:</translation>
    </message>
    <message>
      <source>&amp;Type :</source>
      <translation>&amp;Type:</translation>
    </message>
    <message>
      <source>A&amp;nnée :</source>
      <translation>Yea&amp;r:</translation>
    </message>
    <message>
      <source>Auteurs (participants du projet)</source>
      <translation>Authors (project participants)</translation>
    </message>
    <message>
      <source>Sélectionnez une production dans la liste pour voir et modifier sa fiche, ou créez-en une avec « Nouvelle production… ».</source>
      <translation>Select an output in the list to see and edit it, or create one with “New output…”.</translation>
    </message>
    <message>
      <source>Auteurs</source>
      <translation>Authors</translation>
    </message>
    <message>
      <source>Modifier « %1 » d’une production</source>
      <translation>Change “%1” of an output</translation>
    </message>
    <message>
      <source>Modifier les auteurs d’une production</source>
      <translation>Change the authors of an output</translation>
    </message>
    <message>
      <source>Nouvelle production</source>
      <translation>New output</translation>
    </message>
    <message>
      <source>Cette production</source>
      <translation>This output</translation>
    </message>
    <message>
      <source>Supprimer une production</source>
      <translation>Delete an output</translation>
    </message>
  </context>
  <context>
    <name>OutputsSection</name>
    <message>
      <source>Productions du projet</source>
      <translation>Project outputs</translation>
    </message>
    <message>
      <source>Ajouter une production…</source>
      <translation>Add an output…</translation>
    </message>
    <message>
      <source>Ouvrir</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Ajouter une production</source>
      <translation>Add an output</translation>
    </message>
    <message>
      <source>Nouvelle production</source>
      <translation>New output</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsModel</name>
    <message>
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Secteur</source>
      <translation>Sector</translation>
    </message>
    <message>
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsPage</name>
    <message>
      <source>Rechercher une personne…</source>
      <translation>Search a person…</translation>
    </message>
    <message>
      <source>Rechercher une personne</source>
      <translation>Search a person</translation>
    </message>
    <message>
      <source>Liste des participants</source>
      <translation>Participants list</translation>
    </message>
    <message>
      <source>Aucune personne à afficher. Ajoutez-en avec « Nouvelle personne… ».</source>
      <translation>No people to show. Add some with “New person…”.</translation>
    </message>
    <message>
      <source>Nouvelle personne…</source>
      <translation>New person…</translation>
    </message>
    <message>
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Projets de la personne</source>
      <translation>Projects of the person</translation>
    </message>
    <message>
      <source>Effacer définitivement…</source>
      <translation>Erase permanently…</translation>
    </message>
    <message>
      <source>Droit à l’effacement : efface ses données personnelles, ici et dans les sauvegardes</source>
      <translation>Right to erasure: erases their personal data, here and in the backups</translation>
    </message>
    <message>
      <source>Sélectionnez une personne dans la liste pour voir et modifier sa fiche, ou créez-en une avec « Nouvelle personne… ».</source>
      <translation>Select a person in the list to see and edit their record, or create one with “New person…”.</translation>
    </message>
    <message>
      <source>Total : %1 h</source>
      <translation>Total: %1 h</translation>
    </message>
    <message>
      <source>Modifier « %1 » d’une personne</source>
      <translation>Change “%1” of a person</translation>
    </message>
    <message>
      <source>Projets et heures</source>
      <translation>Projects and hours</translation>
    </message>
    <message>
      <source>Aucun projet. Inscrivez cette personne sur la page d’un projet (onglet Participants).</source>
      <translation>No projects. Add this person on a project's page (Participants tab).</translation>
    </message>
    <message>
      <source>Nouvelle personne</source>
      <translation>New person</translation>
    </message>
    <message>
      <source>Cette personne</source>
      <translation>This person</translation>
    </message>
    <message>
      <source>Supprimer une personne</source>
      <translation>Delete a person</translation>
    </message>
  </context>
  <context>
    <name>PartnersModel</name>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
  </context>
  <context>
    <name>PartnersSection</name>
    <message>
      <source>Partenaires du projet</source>
      <translation>Project partners</translation>
    </message>
    <message>
      <source>Organisation partenaire</source>
      <translation>Partner organisation</translation>
    </message>
    <message>
      <source>Rôle du partenaire</source>
      <translation>Partner role</translation>
    </message>
    <message>
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>Nouvelle organisation…</source>
      <translation>New organisation…</translation>
    </message>
    <message>
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Ajouter un partenaire</source>
      <translation>Add a partner</translation>
    </message>
    <message>
      <source>Nouvelle organisation</source>
      <translation>New organisation</translation>
    </message>
    <message>
      <source>Retirer un partenaire</source>
      <translation>Remove a partner</translation>
    </message>
  </context>
  <context>
    <name>PersonProjectsModel</name>
    <message>
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
  </context>
  <context>
    <name>PersonWeekModel</name>
    <message>
      <source>Projet</source>
      <translation>Project</translation>
    </message>
  </context>
  <context>
    <name>ProjectsModel</name>
    <message>
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Début</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Fin</source>
      <translation>End</translation>
    </message>
  </context>
  <context>
    <name>ProjectsPage</name>
    <message>
      <source>Rechercher un projet…</source>
      <translation>Search a project…</translation>
    </message>
    <message>
      <source>Rechercher un projet</source>
      <translation>Search a project</translation>
    </message>
    <message>
      <source>Liste des projets</source>
      <translation>Projects list</translation>
    </message>
    <message>
      <source>Aucun projet à afficher. Créez votre premier projet avec « Nouveau projet… ».</source>
      <translation>No projects to show. Create your first project with “New project…”.</translation>
    </message>
    <message>
      <source>Nouveau projet…</source>
      <translation>New project…</translation>
    </message>
    <message>
      <source>Ouvrir</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>◀ Tous les projets</source>
      <translation>◀ All projects</translation>
    </message>
    <message>
      <source>Identité</source>
      <translation>Identity</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Partenaires</source>
      <translation>Partners</translation>
    </message>
    <message>
      <source>Financements</source>
      <translation>Funding</translation>
    </message>
    <message>
      <source>Productions</source>
      <translation>Outputs</translation>
    </message>
    <message numerus="yes">
      <source>%n participant</source>
      <translation>
        <numerusform>%n participant</numerusform>
        <numerusform>%n participants</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n participants</source>
      <translation>
        <numerusform>%n participant</numerusform>
        <numerusform>%n participants</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 h</source>
      <translation>%1 h</translation>
    </message>
    <message numerus="yes">
      <source>%n production</source>
      <translation>
        <numerusform>%n output</numerusform>
        <numerusform>%n outputs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n productions</source>
      <translation>
        <numerusform>%n output</numerusform>
        <numerusform>%n outputs</numerusform>
      </translation>
    </message>
    <message>
      <source>Nouveau projet</source>
      <translation>New project</translation>
    </message>
    <message>
      <source>Ce projet</source>
      <translation>This project</translation>
    </message>
    <message>
      <source>Supprimer un projet</source>
      <translation>Delete a project</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <source>Créer</source>
      <translation>Create</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <source>Durée de conservation des données</source>
      <translation>Data retention period</translation>
    </message>
    <message>
      <source>Le RGPD demande de ne garder les données personnelles que le temps nécessaire. Voici les personnes sans heures, participation ni modification depuis :</source>
      <translation>The GDPR asks to keep personal data only as long as needed. Here are the people with no hours, participation or change since:</translation>
    </message>
    <message numerus="yes">
      <source> an</source>
      <translation>
        <numerusform> year</numerusform>
        <numerusform> years</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> ans</source>
      <translation>
        <numerusform> year</numerusform>
        <numerusform> years</numerusform>
      </translation>
    </message>
    <message>
      <source>Durée de conservation en années</source>
      <translation>Retention period in years</translation>
    </message>
    <message>
      <source>Participants sans activité</source>
      <translation>Participants without activity</translation>
    </message>
    <message>
      <source>&amp;Effacer définitivement…</source>
      <translation>&amp;Erase permanently…</translation>
    </message>
    <message>
      <source>&amp;Fermer</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>%1 %2 — dernière activité : %3</source>
      <translation>%1 %2 — last activity: %3</translation>
    </message>
    <message numerus="yes">
      <source>%n personne</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n personnes</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RowsModel</name>
    <message>
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>non</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>StructureFormPage</name>
    <message>
      <source>Votre structure</source>
      <translation>Your organisation</translation>
    </message>
    <message>
      <source>Indiquez au moins un SIRET ou un numéro RNA. Le reste se complète plus tard.</source>
      <translation>Give at least a SIRET or an RNA number. The rest can be completed later.</translation>
    </message>
    <message>
      <source>14 chiffres, ex. 732 829 320 00074</source>
      <translation>14 digits, e.g. 732 829 320 00074</translation>
    </message>
    <message>
      <source>W suivi de 9 chiffres, ex. W751234567</source>
      <translation>W followed by 9 digits, e.g. W751234567</translation>
    </message>
    <message>
      <source>Choisir…</source>
      <translation>Choose…</translation>
    </message>
  </context>
  <context>
    <name>StructurePage</name>
    <message>
      <source>Structure et années</source>
      <translation>Structure and years</translation>
    </message>
    <message>
      <source>Chaque modification est enregistrée dès que vous quittez le champ (Ctrl+Z pour annuler).</source>
      <translation>Each change is saved as soon as you leave the field (Ctrl+Z to undo).</translation>
    </message>
    <message>
      <source>Identité de la structure</source>
      <translation>Structure identity</translation>
    </message>
    <message>
      <source>Chiffres de l’année</source>
      <translation>Figures of the year</translation>
    </message>
    <message>
      <source>&amp;Année :</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>Nombre de salariés et ETP calculés à partir des emplois ci-dessous.</source>
      <translation>Employees and FTE calculated from the jobs below.</translation>
    </message>
    <message>
      <source>Langue de l’interface</source>
      <translation>Interface language</translation>
    </message>
    <message>
      <source>&amp;Langue :</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <source>Base de données :</source>
      <translation>Database:</translation>
    </message>
    <message>
      <source>D’ordinaire, une structure de forme « %1 » relève de la catégorie « %2 » (déclarée ici : « %3 »).</source>
      <translation>Usually, an organisation of the form “%1” belongs to the category “%2” (declared here: “%3”).</translation>
    </message>
    <message>
      <source>Les chiffres de {year} ne sont pas encore renseignés ; valeurs par défaut affichées.</source>
      <translation>The figures of {year} are not entered yet; default values shown.</translation>
    </message>
    <message>
      <source>Calculé à partir des emplois par type de contrat</source>
      <translation>Calculated from the jobs by contract type</translation>
    </message>
    <message>
      <source>Modifier « {field} »</source>
      <translation>Change “{field}”</translation>
    </message>
    <message>
      <source>Forme juridique proposée d’après la catégorie INSEE ; vous pouvez la changer.</source>
      <translation>Legal form proposed from the INSEE category; you may change it.</translation>
    </message>
    <message>
      <source>« %1 » n’est pas un pourcentage entre 0 et 100</source>
      <translation>“%1” is not a percentage between 0 and 100</translation>
    </message>
    <message>
      <source>Modifier « {field} » ({year})</source>
      <translation>Change “{field}” ({year})</translation>
    </message>
    <message>
      <source>Année des chiffres</source>
      <translation>Year of the figures</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <source>Application</source>
      <translation>Application</translation>
    </message>
    <message>
      <source>Ouvrir le &amp;dossier</source>
      <translation>Open the &amp;folder</translation>
    </message>
  </context>
  <context>
    <name>TableSection</name>
    <message>
      <source>Liste</source>
      <translation>List</translation>
    </message>
  </context>
  <context>
    <name>Task</name>
    <message>
      <source>Traitement en cours…</source>
      <translation>Working…</translation>
    </message>
    <message>
      <source>Veuillez patienter</source>
      <translation>Please wait</translation>
    </message>
  </context>
  <context>
    <name>TimesheetModel</name>
    <message>
      <source>lun.</source>
      <translation>Mon</translation>
    </message>
    <message>
      <source>mar.</source>
      <translation>Tue</translation>
    </message>
    <message>
      <source>mer.</source>
      <translation>Wed</translation>
    </message>
    <message>
      <source>jeu.</source>
      <translation>Thu</translation>
    </message>
    <message>
      <source>ven.</source>
      <translation>Fri</translation>
    </message>
    <message>
      <source>sam.</source>
      <translation>Sat</translation>
    </message>
    <message>
      <source>dim.</source>
      <translation>Sun</translation>
    </message>
    <message>
      <source>Personne</source>
      <translation>Person</translation>
    </message>
  </context>
  <context>
    <name>TimesheetPage</name>
    <message>
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>&amp;Ma semaine</source>
      <translation>&amp;My week</translation>
    </message>
    <message>
      <source>Par pro&amp;jet</source>
      <translation>By pro&amp;ject</translation>
    </message>
    <message>
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Semaine précédente (Alt+Gauche)</source>
      <translation>Previous week (Alt+Left)</translation>
    </message>
    <message>
      <source>Semaine précédente</source>
      <translation>Previous week</translation>
    </message>
    <message>
      <source>Semaine suivante (Alt+Droite)</source>
      <translation>Next week (Alt+Right)</translation>
    </message>
    <message>
      <source>Semaine suivante</source>
      <translation>Next week</translation>
    </message>
    <message>
      <source>Cette semaine</source>
      <translation>This week</translation>
    </message>
    <message>
      <source>Copier la semaine précédente</source>
      <translation>Copy the previous week</translation>
    </message>
    <message>
      <source>Ajouter une ligne…</source>
      <translation>Add a line…</translation>
    </message>
    <message>
      <source>Grille des heures de la semaine</source>
      <translation>Hours grid of the week</translation>
    </message>
    <message>
      <source>Entrée : jour suivant · Ctrl+Entrée : ligne suivante · Espace sur le type : type suivant · Ctrl+Z : annuler</source>
      <translation>Enter: next day · Ctrl+Enter: next row · Space on the type: next type · Ctrl+Z: undo</translation>
    </message>
    <message>
      <source>Message de la grille</source>
      <translation>Grid message</translation>
    </message>
    <message>
      <source>&amp;Personne :</source>
      <translation>&amp;Person:</translation>
    </message>
    <message>
      <source>P&amp;rojet :</source>
      <translation>P&amp;roject:</translation>
    </message>
    <message>
      <source>Du %1 au %2</source>
      <translation>%1 to %2</translation>
    </message>
    <message>
      <source>(cette semaine)</source>
      <translation>(this week)</translation>
    </message>
    <message>
      <source>Aucun participant pour l’instant. Ajoutez des personnes (page Participants), puis inscrivez-les à un projet.</source>
      <translation>No participants yet. Add people (Participants page), then add them to a project.</translation>
    </message>
    <message>
      <source>%1 ne participe à aucun projet en cours. Inscrivez cette personne à un projet (page Projets, onglet Participants) pour saisir ses heures.</source>
      <translation>%1 takes part in no ongoing project. Add this person to a project (Projects page, Participants tab) to enter their hours.</translation>
    </message>
    <message>
      <source>Aucun projet pour l’instant. Créez un projet (page Projets), puis revenez ici.</source>
      <translation>No projects yet. Create a project (Projects page), then come back here.</translation>
    </message>
    <message>
      <source>Ce projet n’a encore aucun participant. Ajoutez-en sur la page du projet pour saisir leurs heures.</source>
      <translation>This project has no participants yet. Add some on the project's page to enter their hours.</translation>
    </message>
    <message numerus="yes">
      <source>%n saisie copiée de la semaine précédente.</source>
      <translation>
        <numerusform>%n entry copied from the previous week.</numerusform>
        <numerusform>%n entries copied from the previous week.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n saisies copiées de la semaine précédente.</source>
      <translation>
        <numerusform>%n entry copied from the previous week.</numerusform>
        <numerusform>%n entries copied from the previous week.</numerusform>
      </translation>
    </message>
    <message>
      <source>Copie de la semaine précédente annulée.</source>
      <translation>Copy of the previous week undone.</translation>
    </message>
    <message>
      <source>Copie de la semaine précédente rétablie.</source>
      <translation>Copy of the previous week redone.</translation>
    </message>
    <message>
      <source>Choisissez d’abord une personne.</source>
      <translation>Choose a person first.</translation>
    </message>
    <message>
      <source>Choisissez d’abord un projet.</source>
      <translation>Choose a project first.</translation>
    </message>
  </context>
  <context>
    <name>WeekGridModel</name>
    <message>
      <source>Type de temps</source>
      <translation>Time type</translation>
    </message>
    <message>
      <source>Activité</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Espace : type de temps suivant</source>
      <translation>Space: next time type</translation>
    </message>
    <message>
      <source>Heures de %1 le %2</source>
      <translation>Hours of %1 on %2</translation>
    </message>
    <message>
      <source>Une ligne existe déjà pour cette personne avec ce type et cette activité.</source>
      <translation>A line already exists for this person with this type and activity.</translation>
    </message>
    <message>
      <source>Changer le type ou l’activité de %1</source>
      <translation>Change the type or activity of %1</translation>
    </message>
    <message>
      <source>Copier la semaine précédente</source>
      <translation>Copy the previous week</translation>
    </message>
  </context>
</TS>