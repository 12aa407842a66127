#include "domain/printing/travelercontent.h"

#include <QHash>

#include <array>

namespace cs::domain {

namespace {

struct Entry
{
    const char* key;
    const char* en;
    const char* fr;
    const char* es;
};

// The traveler's fixed texts. UTF-8. Keep the three columns complete (tst_traveler checks it).
constexpr Entry kTexts[] = {
    {"title", "Production traveler", "Fiche suiveuse de production", "Hoja de ruta de producción"},
    {"company", "Torvan Medical CleanStation", "Torvan Medical CleanStation", "Torvan Medical CleanStation"},
    {"po", "PO #", "N° de commande", "N.º de pedido"},
    {"build", "Build #", "N° de fabrication", "N.º de fabricación"},
    {"customer", "Customer", "Client", "Cliente"},
    {"project", "Project", "Projet", "Proyecto"},
    {"salesPerson", "Sales person", "Représentant", "Vendedor"},
    {"wantDate", "Want date", "Date souhaitée", "Fecha requerida"},
    {"model", "Model", "Modèle", "Modelo"},
    {"family", "Sink family", "Famille d'évier", "Familia de fregadero"},
    {"language", "Document language", "Langue du document", "Idioma del documento"},
    {"status", "Status", "Statut", "Estado"},
    {"printed", "Printed", "Imprimé le", "Impreso el"},
    {"page", "Page %1 of %2", "Page %1 sur %2", "Página %1 de %2"},
    {"bomHash", "BOM hash", "Empreinte de la nomenclature", "Huella de la lista de materiales"},
    {"reprint", "REPRINT", "RÉIMPRESSION", "REIMPRESIÓN"},
    {"reprintN", "Reprint %1", "Réimpression %1", "Reimpresión %1"},
    {"continued", "(continued)", "(suite)", "(continuación)"},
    {"scanHint", "Scan to open this build", "Scanner pour ouvrir cette fabrication", "Escanear para abrir esta fabricación"},
    {"configuration", "Configuration", "Configuration", "Configuración"},
    {"sink", "Sink", "Évier", "Fregadero"},
    {"basins", "Basins", "Cuves", "Cubetas"},
    {"faucets", "Faucets", "Robinets", "Grifos"},
    {"sprayers", "Sprayers", "Pistolets", "Pistolas"},
    {"accessories", "Accessories", "Accessoires", "Accesorios"},
    {"warnings", "Warnings", "Avertissements", "Advertencias"},
    {"topLevel", "BOM: top-level lines and their rules", "Nomenclature : lignes de premier niveau et leurs règles",
     "Lista de materiales: líneas de primer nivel y sus reglas"},
    {"pickList", "Pick list (flattened BOM)", "Liste de prélèvement (nomenclature à plat)",
     "Lista de recogida (lista de materiales plana)"},
    {"tree", "BOM tree", "Arborescence de la nomenclature", "Árbol de la lista de materiales"},
    {"signOff", "Sign-off", "Signatures", "Firmas"},
    {"picked", "Picked", "Prélevé", "Recogido"},
    {"id", "Item", "Article", "Artículo"},
    {"description", "Description", "Description", "Descripción"},
    {"qty", "Qty", "Qté", "Cant."},
    {"extQty", "Total qty", "Qté totale", "Cant. total"},
    {"rule", "Rule", "Règle", "Regla"},
    {"answer", "Because", "Parce que", "Porque"},
    {"stage", "Stage", "Étape", "Etapa"},
    {"form", "Form", "Formulaire", "Formulario"},
    {"performedBy", "By", "Par", "Por"},
    {"result", "Result", "Résultat", "Resultado"},
    {"initials", "Initials", "Initiales", "Iniciales"},
    {"date", "Date", "Date", "Fecha"},
    {"pass", "PASS", "CONFORME", "APROBADO"},
    {"fail", "FAIL", "NON CONFORME", "RECHAZADO"},
    {"stage.preQc", "Pre-QC", "Contrôle qualité préalable", "Control de calidad previo"},
    {"stage.production", "Production checks", "Contrôles de production", "Controles de producción"},
    {"stage.eolTest", "End-of-line test", "Essai de fin de ligne", "Prueba de fin de línea"},
    {"stage.packaging", "Packaging", "Emballage", "Embalaje"},
    {"stage.statement", "Ready for inspection", "Prêt pour l'inspection", "Listo para inspección"},
    {"stage.finalQc", "Final QC", "Contrôle qualité final", "Control de calidad final"},
    {"role.qc", "QC inspector", "Inspecteur qualité", "Inspector de calidad"},
    {"role.assembler", "Assembler", "Assembleur", "Ensamblador"},
    {"yes", "Yes", "Oui", "Sí"},
    {"no", "No", "Non", "No"},
    {"none", "None", "Aucun", "Ninguno"},
    {"position", "Basin", "Cuve", "Cubeta"},
    {"type", "Type", "Type", "Tipo"},
    {"size", "Size", "Dimensions", "Tamaño"},
    {"pTrap", "P-trap", "Siphon", "Sifón"},
    {"basinLight", "Basin light", "Éclairage de cuve", "Luz de cubeta"},
    {"placement", "Placement", "Emplacement", "Ubicación"},
    {"location", "Location", "Côté", "Lado"},
    {"dimensions", "Width x length", "Largeur x longueur", "Ancho x largo"},
    {"legs", "Legs", "Pieds", "Patas"},
    {"feet", "Feet", "Appuis", "Apoyos"},
    {"pegboard", "Pegboard", "Panneau perforé", "Panel perforado"},
    {"direction", "Workflow direction", "Sens de travail", "Sentido de trabajo"},
    {"custom", "custom", "sur mesure", "a medida"},
    {"inchesWxL", "%1 x %2 in", "%1 x %2 po", "%1 x %2 pulg."},
    {"inchesWxLxD", "%1 x %2 x %3 in", "%1 x %2 x %3 po", "%1 x %2 x %3 pulg."},
    {"legModel", "model %1", "modèle %1", "modelo %1"},
    {"notRecorded", "not recorded", "non précisé", "sin indicar"},
    {"basinCount.one", "1 basin", "1 cuve", "1 cubeta"},
    {"basinCount.many", "%1 basins", "%1 cuves", "%1 cubetas"},
    {"sameAsSink", "same as sink", "comme l'évier", "igual que el fregadero"},
    {"family.MDRD", "MDRD CleanStation", "CleanStation MDRD", "CleanStation MDRD"},
    {"family.ENDOSCOPE", "Endoscope CleanStation", "CleanStation endoscope", "CleanStation endoscopio"},
    {"family.INSTROSINK", "InstroSink", "InstroSink", "InstroSink"},
    {"legsHeight.HEIGHT_ADJUSTABLE", "height adjustable", "réglables en hauteur", "altura regulable"},
    {"legsHeight.FIXED_HEIGHT", "fixed height", "hauteur fixe", "altura fija"},
    {"feet.LOCK_LEVELING_CASTERS", "lock and leveling casters", "roulettes à blocage et nivellement",
     "ruedas con freno y nivelación"},
    {"feet.SEISMIC_FEET", "seismic feet", "pieds sismiques", "patas sísmicas"},
    {"direction.LEFT_TO_RIGHT", "left to right", "de gauche à droite", "de izquierda a derecha"},
    {"direction.RIGHT_TO_LEFT", "right to left", "de droite à gauche", "de derecha a izquierda"},
    {"pegboardType.PERFORATED", "perforated", "perforé", "perforado"},
    {"pegboardType.SOLID", "solid", "plein", "sólido"},
    // The printed QC record (QcRecordContent).
    {"qc.title.PreQC", "Pre-QC record", "Fiche de contrôle qualité initial", "Registro de control de calidad inicial"},
    {"qc.title.FinalQC", "Final QC record", "Fiche de contrôle qualité final", "Registro de control de calidad final"},
    {"qc.title.CLP", "Production checks and packing list record", "Fiche des contrôles de production et de la liste de colisage",
     "Registro de controles de producción y lista de empaque"},
    {"qc.title.CLT", "End-of-line test record", "Fiche d'essai de fin de ligne", "Registro de prueba de fin de línea"},
    {"qc.statement", "Statement", "Déclaration", "Declaración"},
    {"qc.statementText", "I, %1, have checked this cabinet on %2 and verify that it is ready for inspection.",
     "Je soussigné(e), %1, ai contrôlé ce meuble le %2 et atteste qu'il est prêt pour l'inspection.",
     "Yo, %1, he revisado este mueble el %2 y verifico que está listo para la inspección."},
    {"qc.measured", "Measured", "Mesuré", "Medido"},
    {"qc.limits", "Limits", "Limites", "Límites"},
    {"qc.limitRange", "%1 to %2%3", "de %1 à %2%3", "de %1 a %2%3"},
    {"qc.limitMin", "at least %1%2", "au moins %1%2", "como mínimo %1%2"},
    {"qc.limitMax", "at most %1%2", "au plus %1%2", "como máximo %1%2"},
    {"qc.outOfLimits", "OUTSIDE THE LIMITS", "HORS LIMITES", "FUERA DE LÍMITES"},
    {"qc.serial", "Serial number", "Numéro de série", "Número de serie"},
    {"meaning.Pre-QC passed", "Pre-QC passed", "Contrôle qualité préalable conforme", "Control de calidad previo aprobado"},
    {"meaning.Pre-QC failed", "Pre-QC failed", "Contrôle qualité préalable non conforme", "Control de calidad previo rechazado"},
    {"meaning.Final QC passed", "Final QC passed", "Contrôle qualité final conforme", "Control de calidad final aprobado"},
    {"meaning.Final QC failed", "Final QC failed", "Contrôle qualité final non conforme", "Control de calidad final rechazado"},
    {"meaning.End-of-line test passed", "End-of-line test passed", "Essai de fin de ligne réussi", "Prueba de fin de línea superada"},
    {"meaning.End-of-line test failed", "End-of-line test failed", "Essai de fin de ligne échoué", "Prueba de fin de línea no superada"},
    {"meaning.Ready for inspection", "Ready for inspection", "Prêt pour l'inspection", "Listo para inspección"},
    {"qc.form", "Form", "Formulaire", "Formulario"},
    {"qc.templateVersion", "Template version", "Version du modèle", "Versión de la plantilla"},
    {"qc.attempt", "Attempt", "Tentative", "Intento"},
    {"qc.revision", "Revision", "Révision", "Revisión"},
    {"qc.revisionReason", "Reason for this revision", "Motif de cette révision", "Motivo de esta revisión"},
    {"qc.firstPass", "First pass", "Premier passage", "Primera pasada"},
    {"qc.header", "Header", "En-tête", "Encabezado"},
    {"qc.item", "Item", "Point", "Punto"},
    {"qc.check", "Check", "Vérification", "Verificación"},
    {"qc.answer", "Result", "Résultat", "Resultado"},
    {"qc.expected", "Expected", "Attendu", "Esperado"},
    {"qc.by", "By, when", "Par, quand", "Por, cuándo"},
    {"qc.basin", "Basin %1", "Cuve %1", "Cubeta %1"},
    {"qc.na", "N/A", "S.O.", "N/A"},
    {"qc.naByConfig", "N/A (configuration)", "S.O. (configuration)", "N/A (configuración)"},
    {"qc.sectionAbsent", "This basin is not on this build.", "Cette cuve n'existe pas sur cette fabrication.",
     "Esta cubeta no existe en esta fabricación."},
    {"qc.sectionCheck", "Section verified", "Section vérifiée", "Sección verificada"},
    {"qc.sectionInitials", "Section initials", "Initiales de la section", "Iniciales de la sección"},
    {"qc.ticked", "OK", "OK", "OK"},
    {"qc.notTicked", "not ticked", "non coché", "no marcado"},
    {"qc.yes", "Yes", "Oui", "Sí"},
    {"qc.noneTicked", "None", "Aucun", "Ninguno"},
    {"qc.no", "No", "Non", "No"},
    {"qc.notAnswered", "not answered", "sans réponse", "sin respuesta"},
    {"qc.signature", "Electronic signature", "Signature électronique", "Firma electrónica"},
    {"qc.signedBy", "Signed by", "Signé par", "Firmado por"},
    {"qc.meaning", "Meaning", "Signification", "Significado"},
    {"qc.signedAt", "Date and time", "Date et heure", "Fecha y hora"},
    {"qc.contentHash", "SHA-256 of the signed record", "SHA-256 de la fiche signée", "SHA-256 del registro firmado"},
    {"qc.result", "Result", "Résultat", "Resultado"},
    {"qc.pass", "PASS", "CONFORME", "CONFORME"},
    {"qc.fail", "FAIL", "NON CONFORME", "NO CONFORME"},
    {"qc.failReason", "Reason", "Motif", "Motivo"},
    {"qc.failCategory", "Category", "Catégorie", "Categoría"},
    {"qc.failSeverity", "Severity", "Gravité", "Gravedad"},
    {"qc.rework", "Rework", "Reprise", "Reproceso"},
    {"qc.attachments", "Photos and files", "Photos et fichiers", "Fotos y archivos"},
    {"qc.wholeForm", "Whole form", "Formulaire entier", "Formulario completo"},
    {"qc.notSigned", "NOT SIGNED: this record is not complete.", "NON SIGNÉE : cette fiche n'est pas terminée.",
     "NO FIRMADO: este registro no está completo."},
    {"failCategory.Structure", "Structure", "Structure", "Estructura"},
    {"failCategory.Plumbing", "Plumbing", "Plomberie", "Fontanería"},
    {"failCategory.Electrical", "Electrical", "Électricité", "Electricidad"},
    {"failCategory.Cosmetic", "Cosmetic", "Aspect", "Estética"},
    {"failCategory.Documentation", "Documentation", "Documentation", "Documentación"},
    {"failCategory.Other", "Other", "Autre", "Otro"},
    {"failSeverity.Minor", "Minor", "Mineure", "Menor"},
    {"failSeverity.Major", "Major", "Majeure", "Mayor"},
    {"failSeverity.Critical", "Critical", "Critique", "Crítica"},
    {"status.OrderCreated", "Order created", "Commande créée", "Pedido creado"},
    {"status.PartsSent", "Parts sent", "Pièces envoyées", "Piezas enviadas"},
    {"status.ReadyForPreQC", "Ready for Pre-QC", "Prêt pour le contrôle préalable", "Listo para el control previo"},
    {"status.PreQCRejected", "Pre-QC rejected", "Refusé au contrôle préalable", "Rechazado en el control previo"},
    {"status.ReworkPreQC", "Rework (Pre-QC)", "Reprise (contrôle préalable)", "Reproceso (control previo)"},
    {"status.ReadyForProduction", "Ready for production", "Prêt pour la production", "Listo para producción"},
    {"status.OnHoldParts", "On hold: parts", "En attente de pièces", "En espera de piezas"},
    {"status.TestingComplete", "Testing complete", "Essais terminés", "Pruebas terminadas"},
    {"status.PackagingComplete", "Packaging complete", "Emballage terminé", "Embalaje terminado"},
    {"status.ReadyForFinalQC", "Ready for Final QC", "Prêt pour le contrôle final", "Listo para el control final"},
    {"status.FinalQCRejected", "Final QC rejected", "Refusé au contrôle final", "Rechazado en el control final"},
    {"status.ReworkFinalQC", "Rework (Final QC)", "Reprise (contrôle final)", "Reproceso (control final)"},
    {"status.ReadyForShip", "Ready to ship", "Prêt à expédier", "Listo para enviar"},
    {"status.Shipped", "Shipped", "Expédié", "Enviado"},
    {"label.build", "BUILD", "FAB.", "FAB."},
    {"label.po", "PO", "CDE", "PEDIDO"},
    {"label.date", "DATE", "DATE", "FECHA"},
    {"label.customer", "CUSTOMER", "CLIENT", "CLIENTE"},
    {"label.project", "PROJECT", "PROJET", "PROYECTO"},
    {"color.GREEN", "green", "vert", "verde"},
    {"color.BLACK", "black", "noir", "negro"},
    {"color.YELLOW", "yellow", "jaune", "amarillo"},
    {"color.GREY", "grey", "gris", "gris"},
    {"color.RED", "red", "rouge", "rojo"},
    {"color.BLUE", "blue", "bleu", "azul"},
    {"color.ORANGE", "orange", "orange", "naranja"},
    {"color.WHITE", "white", "blanc", "blanco"},
    {"basinType.E_SINK", "E-Sink", "E-Sink", "E-Sink"},
    {"basinType.E_SINK_DI", "E-Sink DI", "E-Sink DI", "E-Sink DI"},
    {"basinType.E_DRAIN", "E-Drain", "E-Drain", "E-Drain"},
    {"faucetType.WRIST_BLADE", "wrist blade faucet", "robinet à manette", "grifo de palanca"},
    {"faucetType.PRE_RINSE", "pre-rinse faucet", "robinet de prélavage", "grifo de prelavado"},
    {"faucetType.DI_GOOSENECK", "DI gooseneck faucet", "robinet col de cygne DI", "grifo cuello de cisne DI"},
    {"placement.CENTER_OF_BASIN_1", "center of basin 1", "centre de la cuve 1", "centro de la cubeta 1"},
    {"placement.CENTER_OF_BASIN_2", "center of basin 2", "centre de la cuve 2", "centro de la cubeta 2"},
    {"placement.CENTER_OF_BASIN_3", "center of basin 3", "centre de la cuve 3", "centro de la cubeta 3"},
    {"placement.BETWEEN_1_2", "between basins 1 and 2", "entre les cuves 1 et 2", "entre las cubetas 1 y 2"},
    {"placement.BETWEEN_2_3", "between basins 2 and 3", "entre les cuves 2 et 3", "entre las cubetas 2 y 3"},
    {"sprayerType.WATER_GUN_TURRET", "water gun, turret", "pistolet à eau, tourelle", "pistola de agua, torreta"},
    {"sprayerType.WATER_GUN_ROSETTE", "water gun, rosette", "pistolet à eau, rosace", "pistola de agua, roseta"},
    {"sprayerType.AIR_GUN_TURRET", "air gun, turret", "pistolet à air, tourelle", "pistola de aire, torreta"},
    {"sprayerType.AIR_GUN_ROSETTE", "air gun, rosette", "pistolet à air, rosace", "pistola de aire, roseta"},
    {"location.LEFT_SIDE", "left side", "côté gauche", "lado izquierdo"},
    {"location.RIGHT_SIDE", "right side", "côté droit", "lado derecho"},
    // Why a BOM line is there (ConfigurationText::bomReasonWords): the wizard's preview, the order page, the traveler.
    {"why.labelValue", "%1: %2", "%1 : %2", "%1: %2"},
    {"why.sinkLength", "Sink length %1 in", "Longueur de l'évier %1 po", "Largo del fregadero %1 pulg."},
    {"why.sameAsSinkLength", "as long as the sink, %1 in", "de la longueur de l'évier, %1 po",
     "del largo del fregadero, %1 pulg."},
    {"why.pegboardColour", "Pegboard colour", "Couleur du panneau perforé", "Color del panel perforado"},
    {"why.controlBox", "E-Drain basins: %1, E-Sink basins: %2", "Cuves E-Drain : %1, cuves E-Sink : %2",
     "Cubetas E-Drain: %1, cubetas E-Sink: %2"},
    {"why.accessory", "Accessory, quantity %1", "Accessoire, quantité %1", "Accesorio, cantidad %1"},
    {"why.faucet", "Faucet %1", "Robinet %1", "Grifo %1"},
    {"why.sprayer", "Sprayer %1", "Pistolet %1", "Pistola %1"},
    {"languageName.EN", "English", "anglais", "inglés"},
    {"languageName.FR", "French", "français", "francés"},
    {"languageName.ES", "Spanish", "espagnol", "español"},
};

const QHash<QString, std::array<QString, 3>>& table()
{
    static const QHash<QString, std::array<QString, 3>> t = [] {
        QHash<QString, std::array<QString, 3>> h;
        for (const Entry& e : kTexts)
            h.insert(QString::fromUtf8(e.key),
                     {QString::fromUtf8(e.en), QString::fromUtf8(e.fr), QString::fromUtf8(e.es)});
        return h;
    }();
    return t;
}

} // namespace

QString toString(TravelerLanguage language)
{
    switch (language) {
    case TravelerLanguage::EN: return QStringLiteral("EN");
    case TravelerLanguage::FR: return QStringLiteral("FR");
    case TravelerLanguage::ES: return QStringLiteral("ES");
    }
    return QStringLiteral("EN");
}

std::optional<TravelerLanguage> travelerLanguageFromString(const QString& code)
{
    const QString c = code.trimmed().toUpper();
    if (c == u"EN")
        return TravelerLanguage::EN;
    if (c == u"FR")
        return TravelerLanguage::FR;
    if (c == u"ES" || c == u"SP")
        return TravelerLanguage::ES;
    return std::nullopt;
}

QString travelerText(const QString& key, TravelerLanguage language)
{
    const auto it = table().constFind(key);
    if (it == table().constEnd())
        return key;
    return (*it)[size_t(language)];
}

QStringList travelerTextKeys()
{
    QStringList keys;
    for (const Entry& e : kTexts)
        keys.append(QString::fromUtf8(e.key));
    return keys;
}

QString TravelerContent::statusWords() const
{
    const QString key = QStringLiteral("status.") + status;
    const QString words = text(key);
    return words == key ? status : words;
}

QList<TravelerSignOff> TravelerContent::standardSignOffs()
{
    auto row = [](const char* stage, const char* form, const char* role, bool result) {
        TravelerSignOff s;
        s.stageKey = QString::fromUtf8(stage);
        s.form = QString::fromUtf8(form);
        s.roleKey = QString::fromUtf8(role);
        s.hasResult = result;
        return s;
    };
    return {
        row("stage.preQc", "CLP.T2.001.V01 §1", "role.qc", true),
        row("stage.production", "CLP.T2.001.V01 §2-3", "role.assembler", false),
        row("stage.eolTest", "CLT.T2.001.V01", "role.assembler", true),
        row("stage.packaging", "CLP.T2.001.V01 §4", "role.assembler", false),
        row("stage.statement", "CLP.T2.001.V01", "role.assembler", false),
        row("stage.finalQc", "CLQ.T2.001.V01", "role.qc", true),
    };
}

} // namespace cs::domain
