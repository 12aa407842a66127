<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/aboutdialog.ui" line="+6"/>
        <source>About CleanStation Production</source>
        <translation>Acerca de CleanStation Production</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application:</source>
        <translation>Aplicación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL server:</source>
        <translation>Servidor PostgreSQL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database schema:</source>
        <translation>Esquema de la base de datos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log file:</source>
        <translation>Archivo de registro:</translation>
    </message>
</context>
<context>
    <name>BomPreviewWidget</name>
    <message>
        <location filename="../ui/wizard/bompreviewwidget.ui" line="+2"/>
        <source>BOM preview</source>
        <translation>Vista previa de la lista de materiales</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../ui/shell/changepassworddialog.ui" line="+6"/>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repetir la nueva contraseña:</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <location filename="../ui/admin/createuserdialog.ui" line="+6"/>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full name:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Iniciales:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name (login):</source>
        <translation>Nombre de &amp;usuario (inicio de sesión):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial &amp;password:</source>
        <translation>&amp;Contraseña inicial:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epetir la contraseña:</translation>
    </message>
</context>
<context>
    <name>JsonImportFile</name>
    <message>
        <location filename="../src/ui/admin/jsonimportfile.cpp" line="+16"/>
        <location line="+12"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is too large for %2 (%3 kB; at most %4 kB).</source>
        <translation>%1 es demasiado grande para %2 (%3 kB; como máximo %4 kB).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not %2 (a JSON object): %3</source>
        <translation>%1 no es %2 (un objeto JSON): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file holds no object</source>
        <translation>el archivo no contiene ningún objeto</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../ui/shell/lockdialog.ui" line="+6"/>
        <source>Locked – CleanStation Production</source>
        <translation>Bloqueado – CleanStation Production</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;CleanStation is locked&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;CleanStation está bloqueado&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Switch user</source>
        <translation>Cambiar de &amp;usuario</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/shell/logindialog.ui" line="+6"/>
        <source>Log in – CleanStation Production</source>
        <translation>Iniciar sesión – CleanStation Production</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;CleanStation Production&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;CleanStation Production&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Remember my password on this computer</source>
        <translation>&amp;Recordar mi contraseña en este equipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection details</source>
        <translation>Detalles de la conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Encryption (TLS):</source>
        <translation>Ci&amp;frado (TLS):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;CA certificate:</source>
        <translation>Certificado de la C&amp;A:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete this server profile</source>
        <translation>Eliminar este perfil de servidor</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.ui" line="+6"/>
        <source>CleanStation Production</source>
        <translation>CleanStation Production</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Orders</source>
        <translation>&amp;Pedidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Catalog</source>
        <translation>&amp;Catálogo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quality</source>
        <translation>Ca&amp;lidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Assembly</source>
        <translation>&amp;Ensamblaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;People</source>
        <translation>Perso&amp;nal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;witch user…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock workstation</source>
        <translation>&amp;Bloquear el puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;password…</source>
        <translation>Cambiar la &amp;contraseña…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter list</source>
        <translation>&amp;Filtrar la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open by code…</source>
        <translation>A&amp;brir por código…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Checklist templates…</source>
        <translation>Plantillas de &amp;listas de control…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Work instructions…</source>
        <translation>&amp;Instrucciones de trabajo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bench &amp;tools…</source>
        <translation>&amp;Herramientas del puesto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Force status…</source>
        <translation>&amp;Forzar el estado…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete build…</source>
        <translation>&amp;Eliminar una fabricación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import catalog…</source>
        <translation>&amp;Importar el catálogo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About CleanStation…</source>
        <translation>&amp;Acerca de CleanStation…</translation>
    </message>
</context>
<context>
    <name>OrderBoardWidget</name>
    <message>
        <location filename="../ui/orders/orderboardwidget.ui" line="+14"/>
        <source>Search PO, build, customer or project…</source>
        <translation>Buscar orden de compra, fabricación, cliente o proyecto…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;My queue</source>
        <translation>&amp;Mi cola</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Travelers</source>
        <translation>&amp;Hojas de ruta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print or export the travelers of the selected builds as one job</source>
        <translation>Imprimir o exportar en un solo trabajo las hojas de ruta de las fabricaciones seleccionadas</translation>
    </message>
</context>
<context>
    <name>OrderBomTab</name>
    <message>
        <location filename="../ui/orders/orderbomtab.ui" line="+28"/>
        <source>A&amp;pprove BOM…</source>
        <translation>A&amp;probar la lista de materiales…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reject BOM…</source>
        <translation>&amp;Rechazar la lista de materiales…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export P&amp;DF…</source>
        <translation>Exportar en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter by item, name, reason or rule…</source>
        <translation>Filtrar por artículo, nombre, motivo o regla…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Structure</source>
        <translation>E&amp;structura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The BOM as it is built: each kit with the parts in it</source>
        <translation>La lista de materiales tal como se monta: cada kit con sus piezas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Parts l&amp;ist</source>
        <translation>Lista de p&amp;iezas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every part once, with the total quantity the build needs</source>
        <translation>Cada pieza una sola vez, con la cantidad total que necesita la fabricación</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Expand all</source>
        <translation>&amp;Expandir todo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ollapse all</source>
        <translation>C&amp;ontraer todo</translation>
    </message>
</context>
<context>
    <name>OrderDocumentsTab</name>
    <message>
        <location filename="../ui/orders/orderdocumentstab.ui" line="+27"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Adjuntar…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
</context>
<context>
    <name>OrderOverviewTab</name>
    <message>
        <location filename="../ui/orders/orderoverviewtab.ui" line="+11"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Sales person:</source>
        <translation>Co&amp;mercial:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Want date:</source>
        <translation>Fecha &amp;deseada:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note or reason for the status change</source>
        <translation>Nota o motivo del cambio de estado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No status change is open to your role now.</source>
        <translation>Ahora mismo su rol no puede hacer ningún cambio de estado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Claim this build</source>
        <translation>&amp;Tomar esta fabricación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print &amp;traveler…</source>
        <translation>Imprimir la &amp;hoja de ruta…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export traveler &amp;PDF…</source>
        <translation>Exportar la hoja de ruta en PD&amp;F…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print &amp;labels…</source>
        <translation>Imprimir &amp;etiquetas…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;ZPL preview…</source>
        <translation>Vista previa &amp;ZPL…</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <location filename="../ui/orders/orderpage.ui" line="+14"/>
        <source>Build</source>
        <translation>Fabricación</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/data/admin/auditverifier.cpp" line="+200"/>
        <source>cannot read cs.audit_log: %1</source>
        <translation>no se puede leer cs.audit_log: %1</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>audit row %1 (old chain): %2</source>
        <translation>fila de auditoría %1 (cadena antigua): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old chain: %1</source>
        <translation>cadena antigua: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>position %1, audit row %2: %3</source>
        <translation>posición %1, fila de auditoría %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>position %1: %2</source>
        <translation>posición %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot start the verification: %1</source>
        <translation>no se puede iniciar la verificación: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the audit log: %1</source>
        <translation>no se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database has no sealed chain yet (run &apos;cleanstation-admin migrate&apos;); anchors cannot be checked</source>
        <translation>la base de datos aún no tiene ninguna cadena sellada (ejecute «cleanstation-admin migrate»); no se pueden comprobar las anclas</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+136"/>
        <location line="+71"/>
        <source>cannot read cs.audit_seal: %1</source>
        <translation>no se puede leer cs.audit_seal: %1</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+7"/>
        <source>cannot read the signed records: %1</source>
        <translation>no se pueden leer los registros firmados: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 (build %3): %4</source>
        <translation>%1 %2 (fabricación %3): %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the content no longer matches its content hash</source>
        <translation>el contenido ya no coincide con su huella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the result has no signature</source>
        <translation>el resultado no tiene firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its signature is missing</source>
        <translation>falta su firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the content no longer matches the hash its signature signed</source>
        <translation>el contenido ya no coincide con la huella firmada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its signature is of another record</source>
        <translation>su firma es de otro registro</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its prev_hash is not the hash of the row before it (id %1): a row was removed or inserted</source>
        <translation>su prev_hash no es el hash de la fila anterior (id %1): se eliminó o se insertó una fila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its prev_hash is not the start of the chain: rows were removed before it</source>
        <translation>su prev_hash no es el inicio de la cadena: se eliminaron filas antes de ella</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its content does not match its hash: the row was altered</source>
        <translation>su contenido no coincide con su hash: la fila fue alterada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reading cs.audit_log failed: %1</source>
        <translation>la lectura de cs.audit_log ha fallado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read cs.audit_chain_head: %1</source>
        <translation>no se puede leer cs.audit_chain_head: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its head names row %1 but its last row is %2: rows were removed at its end</source>
        <translation>su cabeza indica la fila %1 pero su última fila es %2: se eliminaron filas al final</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its head names row %1 (hash %2) but its last row is %3 (hash %4)</source>
        <translation>su cabeza indica la fila %1 (hash %2) pero su última fila es %3 (hash %4)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the anchor taken %1 says its hash is %2, the chain has %3: the chain up to here was rewritten after the anchor was taken</source>
        <translation>el ancla tomada el %1 indica el hash %2, la cadena tiene %3: la cadena hasta este punto se reescribió después de tomar el ancla</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this position appears more than once</source>
        <translation>esta posición aparece más de una vez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this position is missing: its seal row was removed</source>
        <translation>falta esta posición: se eliminó su fila de sellado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positions %1 to %2 are missing: their seal rows were removed</source>
        <translation>faltan las posiciones %1 a %2: se eliminaron sus filas de sellado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its prev_hash is not the hash of position %1: a seal row was inserted, removed or moved</source>
        <translation>su prev_hash no es el hash de la posición %1: se insertó, eliminó o movió una fila de sellado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the audit row it seals is missing: it was deleted or its id changed</source>
        <translation>falta la fila de auditoría que sella: se eliminó o cambió su id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its hash does not match the audit row&apos;s content, id and position: the row or its seal was altered, or rows were swapped</source>
        <translation>su hash no coincide con el contenido, el id y la posición de la fila de auditoría: se alteró la fila o su sellado, o se intercambiaron filas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading cs.audit_seal failed: %1</source>
        <translation>la lectura de cs.audit_seal ha fallado: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the anchor taken %1 names this position but the chain ends at position %2: sealed rows were removed at the end</source>
        <translation>el ancla tomada el %1 indica esta posición pero la cadena termina en la posición %2: se eliminaron filas selladas al final</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the anchor taken %1 names this position but it is missing from the chain</source>
        <translation>el ancla tomada el %1 indica esta posición pero esta falta en la cadena</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this audit row is sealed at more than one position %1</source>
        <translation>esta fila de auditoría está sellada en más de una posición %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read cs.audit_seal_state: %1</source>
        <translation>no se puede leer cs.audit_seal_state: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the head names this position but the chain ends at position %1: sealed rows were removed at the end</source>
        <translation>la cabeza indica esta posición pero la cadena termina en la posición %1: se eliminaron filas selladas al final</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the chain goes on past its head (position %1): rows were added outside the sealer</source>
        <translation>la cadena continúa más allá de su cabeza (posición %1): se añadieron filas fuera del proceso de sellado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the head&apos;s hash %1 is not the hash of this position (%2)</source>
        <translation>el hash %1 de la cabeza no es el hash de esta posición (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot count the unsealed audit rows: %1</source>
        <translation>no se pueden contar las filas de auditoría sin sellar: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the head of the audit chain: %1</source>
        <translation>no se puede leer la cabeza de la cadena de auditoría: %1</translation>
    </message>
    <message>
        <location filename="../src/data/schema/migrator.cpp" line="+181"/>
        <source>Cannot read the schema version: %1</source>
        <translation>No se puede leer la versión del esquema: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read cs.schema_migrations: %1</source>
        <translation>No se puede leer cs.schema_migrations: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the SQL function files of the database: %1</source>
        <translation>No se pueden leer los archivos de funciones SQL de la base de datos: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read cs.schema_repeatables: %1</source>
        <translation>No se puede leer cs.schema_repeatables: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Cannot read cs.schema_repeatable_runs: %1</source>
        <translation>No se puede leer cs.schema_repeatable_runs: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>database schema version %1 is newer than this client (%2); update the client</source>
        <translation>la versión %1 del esquema de la base de datos es más reciente que este cliente (%2); actualice el cliente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>migration %1 (%2) recorded in the database is unknown to this client; the database was migrated by a different build</source>
        <translation>la migración %1 (%2) registrada en la base de datos es desconocida para este cliente; la base de datos fue migrada por otra versión del programa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>migration %1 was changed after it was applied (checksum %2 in the database, %3 in this client); restore the original file or write a new migration</source>
        <translation>la migración %1 se modificó después de aplicarse (suma de comprobación %2 en la base de datos, %3 en este cliente); restaure el archivo original o escriba una migración nueva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database schema version %1 is older than this client (%2); run &apos;cleanstation-admin migrate&apos;</source>
        <translation>la versión %1 del esquema de la base de datos es más antigua que este cliente (%2); ejecute «cleanstation-admin migrate»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the database lacks migration %1 of this client (its schema is older than this client); run &apos;cleanstation-admin migrate&apos;</source>
        <translation>a la base de datos le falta la migración %1 de este cliente (su esquema es más antiguo que este cliente); ejecute «cleanstation-admin migrate»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: not applied</source>
        <translation>%1: no aplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: changed</source>
        <translation>%1: modificado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown to this client</source>
        <translation>%1: desconocido para este cliente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a schema migration was applied after the SQL function files</source>
        <translation>se aplicó una migración del esquema después de los archivos de funciones SQL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database&apos;s SQL function files were replaced by a newer client&apos;s after this client&apos;s were applied (%1)</source>
        <translation>los archivos de funciones SQL de la base de datos fueron sustituidos por los de un cliente más reciente después de aplicarse los de este cliente (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SQL function files of this client were never applied to the database</source>
        <translation>los archivos de funciones SQL de este cliente nunca se aplicaron a la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database&apos;s SQL function files are not this client&apos;s (%1)</source>
        <translation>los archivos de funciones SQL de la base de datos no son los de este cliente (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the database has no record of SQL function files (cs.schema_repeatables); its schema is older than this client; run &apos;cleanstation-admin migrate&apos;</source>
        <translation>la base de datos no tiene registro de archivos de funciones SQL (cs.schema_repeatables); su esquema es más antiguo que este cliente; ejecute «cleanstation-admin migrate»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; the database&apos;s functions are older than this client&apos;s: run &apos;cleanstation-admin migrate&apos;</source>
        <translation>%1; las funciones de la base de datos son más antiguas que las de este cliente: ejecute «cleanstation-admin migrate»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; update this client</source>
        <translation>%1; actualice este cliente</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no database connection</source>
        <translation>no hay conexión con la base de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this client has no embedded migrations (resources missing)</source>
        <translation>este cliente no contiene ninguna migración (faltan los recursos)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+58"/>
        <source>cannot start a transaction: %1</source>
        <translation>no se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+58"/>
        <source>cannot lock the schema for migration: %1</source>
        <translation>no se puede bloquear el esquema para la migración: %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>cannot create cs.schema_migrations: %1</source>
        <translation>no se puede crear cs.schema_migrations: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>migration %1 failed: %2</source>
        <translation>la migración %1 ha fallado: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot record migration %1: %2</source>
        <translation>no se puede registrar la migración %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migration %1 failed at commit: %2</source>
        <translation>la migración %1 ha fallado al confirmarse: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cs.schema_repeatables does not exist: the numbered migrations of this client do not create the bookkeeping of the SQL function files</source>
        <translation>cs.schema_repeatables no existe: las migraciones numeradas de este cliente no crean el registro de los archivos de funciones SQL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1. Update this client, or run &apos;cleanstation-admin migrate --force-functions&apos; to put this client&apos;s functions back on purpose</source>
        <translation>%1. Actualice este cliente, o ejecute «cleanstation-admin migrate --force-functions» para volver a poner a propósito las funciones de este cliente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SQL file functions/%1 failed: %2</source>
        <translation>el archivo SQL functions/%1 ha fallado: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>after the SQL function files, function %1 does not compile: %2</source>
        <translation>después de los archivos de funciones SQL, la función %1 no compila: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>cannot record the SQL function files: %1</source>
        <translation>no se pueden registrar los archivos de funciones SQL: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SQL function files failed at commit: %1</source>
        <translation>los archivos de funciones SQL han fallado al confirmarse: %1</translation>
    </message>
    <message>
        <location filename="../src/data/admin/auditanchor.cpp" line="+55"/>
        <source>not an audit anchor (a JSON object is expected: %1)</source>
        <translation>no es un ancla de auditoría (se espera un objeto JSON: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an audit anchor of this format (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>no es un ancla de auditoría de este formato (&quot;format&quot; debe ser &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the anchor&apos;s &quot;position&quot; is not a whole number of 0 or more</source>
        <translation>el valor &quot;position&quot; del ancla no es un número entero igual o mayor que 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the anchor&apos;s &quot;hash&quot; is not 64 lower-case hexadecimal digits</source>
        <translation>el valor &quot;hash&quot; del ancla no consta de 64 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the anchor&apos;s &quot;sealedAt&quot; is not a date and time (ISO 8601)</source>
        <translation>el valor &quot;sealedAt&quot; del ancla no es una fecha y hora (ISO 8601)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/data/admin/auditsealer.cpp" line="+33"/>
        <source>cannot ask the server whether this login may seal: %1</source>
        <translation>no se puede preguntar al servidor si este usuario puede sellar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database has no audit sealer (cs.seal_audit); run &apos;cleanstation-admin migrate&apos;</source>
        <translation>la base de datos no tiene función de sellado de la auditoría (cs.seal_audit); ejecute «cleanstation-admin migrate»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the login %1 may not seal the audit log: the sealer runs as the PostgreSQL superuser or as a login in the role cs_sealer</source>
        <translation>el usuario %1 no puede sellar el registro de auditoría: el sellado se ejecuta como superusuario de PostgreSQL o con un usuario del rol cs_sealer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot prepare the sealing: %1</source>
        <translation>no se puede preparar el sellado: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sealing the audit log failed: %1</source>
        <translation>el sellado del registro de auditoría ha fallado: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/shell/settingsdialog.ui" line="+6"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop-&amp;floor mode:</source>
        <translation>&amp;Modo taller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text, rows and buttons for gloves and a line PC. Automatic turns it on for the QC inspector&apos;s and the assembler&apos;s homes on this workstation.</source>
        <translation>Texto, filas y botones más grandes, para trabajar con guantes en un equipo de línea. «Automático» lo activa en este puesto para las pantallas de inicio del inspector de calidad y del montador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after &amp;idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual lea&amp;d time:</source>
        <translation>Plazo &amp;de entrega habitual:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new order&apos;s want date starts this many days after today.</source>
        <translation>La fecha deseada de un pedido nuevo se propone este número de días después de hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page printer:</source>
        <translation>Impresora de &amp;páginas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La&amp;bel printer:</source>
        <translation>Impresora de e&amp;tiquetas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label &amp;size:</source>
        <translation>T&amp;amaño de etiqueta:</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../ui/common/signaturedialog.ui" line="+9"/>
        <source>Electronic signature</source>
        <translation>Firma electrónica</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing is the electronic equivalent of your handwritten signature. Enter your password again to sign.</source>
        <translation>Firmar es el equivalente electrónico de su firma manuscrita. Vuelva a introducir su contraseña para firmar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meaning:</source>
        <translation>Significado:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed content:</source>
        <translation>Contenido firmado:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signer:</source>
        <translation>Firmante:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Iniciales:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../src/ui/common/statustext.cpp" line="+9"/>
        <source>Order created</source>
        <translation>Pedido creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts sent, waiting for arrival</source>
        <translation>Piezas enviadas, en espera de llegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for Pre-QC</source>
        <translation>Listo para el control de calidad previo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-QC rejected</source>
        <translation>Control de calidad previo rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rework (Pre-QC)</source>
        <translation>Reproceso (control de calidad previo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for production</source>
        <translation>Listo para producción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold: parts issue</source>
        <translation>En espera: problema de piezas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testing complete</source>
        <translation>Pruebas terminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging complete</source>
        <translation>Embalaje terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for Final QC</source>
        <translation>Listo para el control de calidad final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final QC rejected</source>
        <translation>Control de calidad final rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rework (Final QC)</source>
        <translation>Reproceso (control de calidad final)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to ship</source>
        <translation>Listo para enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pending approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Production coordinator</source>
        <translation>Coordinador de producción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procurement specialist</source>
        <translation>Especialista de compras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QC inspector</source>
        <translation>Inspector de calidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assembler</source>
        <translation>Montador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service department</source>
        <translation>Departamento de servicio técnico</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status changed</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status forced (admin)</source>
        <translation>Estado forzado (admin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOM approved (signed)</source>
        <translation>Lista de materiales aprobada (firmada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOM rejected (signed)</source>
        <translation>Lista de materiales rechazada (firmada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOM regenerated</source>
        <translation>Lista de materiales regenerada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order submitted</source>
        <translation>Pedido enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order edited</source>
        <translation>Pedido modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traveler printed</source>
        <translation>Hoja de ruta impresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traveler reprinted</source>
        <translation>Hoja de ruta reimpresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels printed</source>
        <translation>Etiquetas impresas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels reprinted</source>
        <translation>Etiquetas reimpresas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales person</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Want date</source>
        <translation>Fecha deseada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <location filename="../ui/admin/useradmindialog.ui" line="+6"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;deactivated users</source>
        <translation>Mostrar los usuarios &amp;desactivados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New user…</source>
        <translation>&amp;Nuevo usuario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;activate</source>
        <translation>Des&amp;activar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer la contraseña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change r&amp;ole…</source>
        <translation>Cambiar el r&amp;ol…</translation>
    </message>
</context>
<context>
    <name>WizardPageAccessories</name>
    <message>
        <location filename="../ui/wizard/wizardpageaccessories.ui" line="+2"/>
        <source>&amp;Build</source>
        <translation>&amp;Fabricación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accessory library</source>
        <translation>Biblioteca de accesorios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter by id or name; Enter adds the first match</source>
        <translation>Filtrar por id o nombre; Intro añade la primera coincidencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add to build</source>
        <translation>&amp;Añadir a la fabricación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accessories of this build</source>
        <translation>Accesorios de esta fabricación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>WizardPageOrder</name>
    <message>
        <location filename="../ui/wizard/wizardpageorder.ui" line="+2"/>
        <source>P&amp;O number</source>
        <translation>Número de &amp;orden de compra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. PO-2025-0142</source>
        <translation>p. ej. PO-2025-0142</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at least 3 characters</source>
        <translation>al menos 3 caracteres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;yecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sales person</source>
        <translation>Co&amp;mercial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Want date</source>
        <translation>Fecha &amp;deseada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document &amp;language</source>
        <translation>&amp;Idioma de los documentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EN – English</source>
        <translation>EN – Inglés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FR – French</source>
        <translation>FR – Francés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ES – Spanish</source>
        <translation>ES – Español</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;PO document…</source>
        <translation>Añadir la orden de comp&amp;ra…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add sink &amp;drawing…</source>
        <translation>Añadir el &amp;plano del fregadero…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>WizardPageSelection</name>
    <message>
        <location filename="../ui/wizard/wizardpageselection.ui" line="+2"/>
        <source>Sink &amp;family</source>
        <translation>&amp;Familia de fregadero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MDRD</source>
        <translation>MDRD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endoscope CleanStation</source>
        <translation>Endoscope CleanStation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>InstroSink</source>
        <translation>InstroSink</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build numbers</source>
        <translation>Números de fabricación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;1</source>
        <translation>Número de fabricación &amp;1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>letters, digits and -</source>
        <translation>letras, cifras y -</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;2</source>
        <translation>Número de fabricación &amp;2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;3</source>
        <translation>Número de fabricación &amp;3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;4</source>
        <translation>Número de fabricación &amp;4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;5</source>
        <translation>Número de fabricación &amp;5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;6</source>
        <translation>Número de fabricación &amp;6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;7</source>
        <translation>Número de fabricación &amp;7</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;8</source>
        <translation>Número de fabricación &amp;8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;9</source>
        <translation>Número de fabricación &amp;9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number 1&amp;0</source>
        <translation>Número de fabricación 1&amp;0</translation>
    </message>
</context>
<context>
    <name>WizardPageSink</name>
    <message>
        <location filename="../ui/wizard/wizardpagesink.ui" line="+2"/>
        <source>&amp;Build</source>
        <translation>&amp;Fabricación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;from</source>
        <translation>Copiar &amp;de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cop&amp;y configuration</source>
        <translation>Cop&amp;iar la configuración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sink body</source>
        <translation>Cuerpo del fregadero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sink &amp;model</source>
        <translation>&amp;Modelo de fregadero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T2-B1 (1 basin)</source>
        <translation>T2-B1 (1 seno)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T2-B2 (2 basins)</source>
        <translation>T2-B2 (2 senos)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T2-B3 (3 basins)</source>
        <translation>T2-B3 (3 senos)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Width (in)</source>
        <translation>A&amp;ncho (pulg.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 30</source>
        <translation>p. ej. 30</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L&amp;ength (in)</source>
        <translation>La&amp;rgo (pulg.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>48 to 120</source>
        <translation>48 a 120</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Le&amp;gs</source>
        <translation>&amp;Patas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Height adjustable</source>
        <translation>Altura regulable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed height</source>
        <translation>Altura fija</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DL27</source>
        <translation>DL27</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DL14</source>
        <translation>DL14</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LC1</source>
        <translation>LC1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;eet</source>
        <translation>Apo&amp;yos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock and leveling casters</source>
        <translation>Ruedas con freno y nivelación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seismic feet</source>
        <translation>Apoyos antisísmicos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work&amp;flow</source>
        <translation>Flu&amp;jo de trabajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left to right</source>
        <translation>De izquierda a derecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right to left</source>
        <translation>De derecha a izquierda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pegboard</source>
        <translation>Pan&amp;el perforado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pegboard</source>
        <translation>Panel perforado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Perforated</source>
        <translation>Perforado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solid</source>
        <translation>Macizo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colorsafe+ co&amp;lour</source>
        <translation>&amp;Color Colorsafe+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No colour</source>
        <translation>Sin color</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Si&amp;ze</source>
        <translation>Tamañ&amp;o</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same as sink</source>
        <translation>Igual que el fregadero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>A medida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>width (in)</source>
        <translation>ancho (pulg.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>length (in)</source>
        <translation>largo (pulg.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basins</source>
        <translation>Senos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basin 1</source>
        <translation>Seno 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-Sink</source>
        <translation>E-Sink</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-Sink DI</source>
        <translation>E-Sink DI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-Drain</source>
        <translation>E-Drain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>20X20X8</source>
        <translation>20X20X8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>24X20X8</source>
        <translation>24X20X8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>24X20X10</source>
        <translation>24X20X10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30X20X8</source>
        <translation>30X20X8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30X20X10</source>
        <translation>30X20X10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P-trap disinfection drain unit</source>
        <translation>Unidad de desinfección del sifón</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basin light</source>
        <translation>Luz del seno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basin 2</source>
        <translation>Seno 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basin 3</source>
        <translation>Seno 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faucets</source>
        <translation>Grifos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Faucets</source>
        <translation>&amp;Grifos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faucet 1</source>
        <translation>Grifo 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose type…</source>
        <translation>Elegir el tipo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrist blade swing spout</source>
        <translation>Caño giratorio con maneta de muñeca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre-rinse overhead spray</source>
        <translation>Ducha de prelavado elevada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DI gooseneck</source>
        <translation>Cuello de cisne de agua desionizada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose placement…</source>
        <translation>Elegir la ubicación…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre of basin 1</source>
        <translation>Centro del seno 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre of basin 2</source>
        <translation>Centro del seno 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre of basin 3</source>
        <translation>Centro del seno 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Between basins 1 and 2</source>
        <translation>Entre los senos 1 y 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Between basins 2 and 3</source>
        <translation>Entre los senos 2 y 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faucet 2</source>
        <translation>Grifo 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faucet 3</source>
        <translation>Grifo 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sprayers</source>
        <translation>Pistolas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sp&amp;rayers</source>
        <translation>Pisto&amp;las</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sprayer 1</source>
        <translation>Pistola 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Water gun, turret</source>
        <translation>Pistola de agua, torreta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Water gun, rosette</source>
        <translation>Pistola de agua, roseta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Air gun, turret</source>
        <translation>Pistola de aire, torreta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Air gun, rosette</source>
        <translation>Pistola de aire, roseta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose side…</source>
        <translation>Elegir el lado…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sprayer 2</source>
        <translation>Pistola 2</translation>
    </message>
</context>
<context>
    <name>ZplPreviewDialog</name>
    <message>
        <location filename="../ui/printing/zplpreviewdialog.ui" line="+9"/>
        <source>ZPL preview</source>
        <translation>Vista previa ZPL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copies:</source>
        <translation>&amp;Copias:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Printer dpi:</source>
        <translation>&amp;Resolución de la impresora (ppp):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>As printed</source>
        <translation>Tal como se imprime</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ZPL</source>
        <translation>ZPL</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Zebra &amp;printer:</source>
        <translation>&amp;Impresora Zebra:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>host or host:9100</source>
        <translation>host o host:9100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send to &amp;printer…</source>
        <translation>&amp;Enviar a la impresora…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;ZPL…</source>
        <translation>Guardar el &amp;ZPL…</translation>
    </message>
</context>
<context>
    <name>cs::data::AssemblyRepository</name>
    <message>
        <location filename="../src/data/assembly/assemblyrepository.cpp" line="+146"/>
        <source>The build is no longer on the server.</source>
        <translation>La fabricación ya no está en el servidor.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Say which parts are missing or wrong (a reason).</source>
        <translation>Indique qué piezas faltan o son incorrectas (un motivo).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say what was done in the rework (10 characters at least).</source>
        <translation>Indique qué se hizo en el reproceso (10 caracteres como mínimo).</translation>
    </message>
</context>
<context>
    <name>cs::data::BomCheck</name>
    <message>
        <location filename="../src/data/orders/bomcheck.cpp" line="+18"/>
        <source>The catalog is not available on this PC yet (it has not been loaded from the cache or the server), so the BOM cannot be checked.</source>
        <translation>El catálogo aún no está disponible en este equipo (no se ha cargado de la caché ni del servidor), así que no se puede comprobar la lista de materiales.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored BOM of build %1 cannot be read, so it cannot be checked.</source>
        <translation>No se puede leer la lista de materiales guardada de la fabricación %1, así que no se puede comprobar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The stored configuration of build %1 cannot be read (%2), so the BOM cannot be checked.</source>
        <translation>No se puede leer la configuración guardada de la fabricación %1 (%2), así que no se puede comprobar la lista de materiales.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The stored configuration of build %1 gives no BOM with the catalog of this PC: %2</source>
        <translation>La configuración guardada de la fabricación %1 no da ninguna lista de materiales con el catálogo de este equipo: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
</context>
<context>
    <name>cs::data::CatalogImportRepository</name>
    <message numerus="yes">
        <location filename="../src/data/catalog/catalogimportrepository.cpp" line="+41"/>
        <location line="+8"/>
        <source>The catalog files have %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>Los archivos del catálogo tienen %n problema; no se importó nada.</numerusform>
            <numerusform>Los archivos del catálogo tienen %n problemas; no se importó nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::data::ChecklistRepository</name>
    <message>
        <location filename="../src/data/qc/checklistrecord.cpp" line="+13"/>
        <source>the stored template %1 version %2 cannot be read: %3</source>
        <translation>la plantilla guardada %1 versión %2 no se puede leer: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the configuration of build %1 cannot be read: %2</source>
        <translation>la configuración de la fabricación %1 no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../src/data/qc/checklistrepository.cpp" line="+37"/>
        <source>The server did not answer.</source>
        <translation>El servidor no respondió.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The checklist template is no longer on the server.</source>
        <translation>La plantilla de la lista ya no está en el servidor.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The checklist is no longer on the server.</source>
        <translation>La lista de control ya no está en el servidor.</translation>
    </message>
    <message numerus="yes">
        <location line="+319"/>
        <source>The checklist template is not valid (%n problem(s)): %1</source>
        <translation>
            <numerusform>La plantilla de la lista no es válida (%n problema): %1</numerusform>
            <numerusform>La plantilla de la lista no es válida (%n problemas): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::data::DbError</name>
    <message>
        <location filename="../src/data/common/dberror.cpp" line="+105"/>
        <source>The request was replaced by a newer one.</source>
        <translation>La solicitud fue sustituida por otra más reciente.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection to the server was lost. The app reconnects by itself; try again in a moment.</source>
        <translation>Se perdió la conexión con el servidor. La aplicación se vuelve a conectar sola; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server took too long to answer (it may be busy, or a record is in use by someone else). Try again in a moment.</source>
        <translation>El servidor tardó demasiado en responder (puede estar ocupado, o alguien más está usando un registro). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was cancelled.</source>
        <translation>La solicitud se ha cancelado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role may not do this. Ask an administrator if you need it.</source>
        <translation>Su rol no permite hacerlo. Pida ayuda a un administrador si lo necesita.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refused the request (%1).</source>
        <translation>El servidor ha rechazado la solicitud (%1).</translation>
    </message>
</context>
<context>
    <name>cs::data::DocumentRepository</name>
    <message>
        <location filename="../src/data/orders/documentrepository.cpp" line="+55"/>
        <source>The server did not confirm the document.</source>
        <translation>El servidor no ha confirmado el documento.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the document is no longer stored with this order</source>
        <translation>el documento ya no está guardado con este pedido</translation>
    </message>
</context>
<context>
    <name>cs::data::FreshConnection</name>
    <message>
        <location filename="../src/data/common/freshconnection.cpp" line="+34"/>
        <source>the password is not correct; nothing was signed</source>
        <translation>la contraseña no es correcta; no se firmó nada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server did not answer.</source>
        <translation>El servidor no respondió.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s password check could not be read.</source>
        <translation>No se pudo leer la comprobación de la contraseña del servidor.</translation>
    </message>
</context>
<context>
    <name>cs::data::GenerationService</name>
    <message>
        <location filename="../src/data/orders/generationservice.cpp" line="+57"/>
        <source>The catalog is not available yet: it has not been loaded from the cache or the server.</source>
        <translation>El catálogo todavía no está disponible: no se ha cargado ni desde la caché ni desde el servidor.</translation>
    </message>
</context>
<context>
    <name>cs::data::HomeQueries</name>
    <message>
        <location filename="../src/data/shell/homequeries.cpp" line="+28"/>
        <source>The server named an order status this program does not know (%1). Install the current version of CleanStation.</source>
        <translation>El servidor ha indicado un estado de pedido que este programa no conoce (%1). Instale la versión actual de CleanStation.</translation>
    </message>
</context>
<context>
    <name>cs::data::OrderEdit</name>
    <message>
        <location filename="../src/data/orders/orderdetail.cpp" line="+32"/>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: «%2» → «%3»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales person</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Want date</source>
        <translation>Fecha deseada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>cs::data::OrderEditRepository</name>
    <message>
        <location filename="../src/data/orders/ordereditrepository.cpp" line="+63"/>
        <source>Status: %1 → %2</source>
        <translation>Estado: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee: “%1” → “%2”</source>
        <translation>Responsable: «%1» → «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BOM version: %1 → %2</source>
        <translation>Versión de la lista de materiales: %1 → %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>build %1 was changed by someone else since you opened it</source>
        <translation>alguien más ha modificado la fabricación %1 desde que usted la abrió</translation>
    </message>
</context>
<context>
    <name>cs::data::OrderPageRepository</name>
    <message>
        <location filename="../src/data/orders/orderpagerepository.cpp" line="+160"/>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>No se pudo leer la respuesta del servidor: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The order no longer exists.</source>
        <translation>El pedido ya no existe.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The BOM no longer exists.</source>
        <translation>La lista de materiales ya no existe.</translation>
    </message>
</context>
<context>
    <name>cs::data::OrderRepository</name>
    <message>
        <location filename="../src/data/orders/orderrepository.cpp" line="+90"/>
        <source>The server refused the order: %1</source>
        <translation>El servidor ha rechazado el pedido: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The configuration has errors; correct them before submitting.</source>
        <translation>La configuración tiene errores; corríjalos antes de enviar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The BOM preview does not match the builds of this order; wait for the preview to be regenerated and submit again.</source>
        <translation>La vista previa de la lista de materiales no corresponde a las fabricaciones de este pedido; espere a que se regenere la vista previa y vuelva a enviar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The BOM preview of build %1 does not match the configuration; wait for the preview to be regenerated and submit again.</source>
        <translation>La vista previa de la lista de materiales de la fabricación %1 no corresponde a la configuración; espere a que se regenere la vista previa y vuelva a enviar.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Build %1 has no BOM: its configuration has errors.</source>
        <translation>La fabricación %1 no tiene lista de materiales: su configuración tiene errores.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No order %1.</source>
        <translation>No existe el pedido %1.</translation>
    </message>
</context>
<context>
    <name>cs::data::Session</name>
    <message>
        <location filename="../src/data/common/session.cpp" line="+455"/>
        <source>Nobody is logged in.</source>
        <translation>No hay ninguna sesión iniciada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password is not correct.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This login is disabled.</source>
        <translation>Esta cuenta está desactivada.</translation>
    </message>
</context>
<context>
    <name>cs::data::SubmitRepository</name>
    <message>
        <location filename="../src/data/wizard/submitrepository.cpp" line="+65"/>
        <location line="+15"/>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The catalog is not loaded yet; wait a moment and submit again.</source>
        <translation>El catálogo todavía no está cargado; espere un momento y vuelva a enviar.</translation>
    </message>
</context>
<context>
    <name>cs::data::TravelerRepository</name>
    <message>
        <location filename="../src/data/printing/travelerrepository.cpp" line="+199"/>
        <source>No build number given.</source>
        <translation>No se ha indicado ningún número de fabricación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <location line="+215"/>
        <source>There is no build %1.</source>
        <translation>No existe la fabricación %1.</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Build %1 has no frozen BOM.</source>
        <translation>La fabricación %1 no tiene lista de materiales congelada.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The configuration of build %1 cannot be read: %2</source>
        <translation>No se puede leer la configuración de la fabricación %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The frozen BOM of build %1 cannot be read: %2</source>
        <translation>No se puede leer la lista de materiales congelada de la fabricación %1: %2</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>The print was not recorded.</source>
        <translation>La impresión no se ha registrado.</translation>
    </message>
</context>
<context>
    <name>cs::data::WorkInstructionRepository</name>
    <message>
        <location filename="../src/data/assembly/workinstructionrepository.cpp" line="+62"/>
        <source>Cannot read the image %1: %2</source>
        <translation>No se puede leer la imagen %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 no es un objeto JSON: %2</translation>
    </message>
</context>
<context>
    <name>cs::data::WorkflowRepository</name>
    <message>
        <location filename="../src/data/orders/workflowrepository.cpp" line="+28"/>
        <location line="+135"/>
        <source>The server did not answer.</source>
        <translation>El servidor no ha respondido.</translation>
    </message>
</context>
<context>
    <name>cs::devtools::OrderGenerator</name>
    <message>
        <location filename="../src/devtools/ordergenerator.cpp" line="+27"/>
        <source>gen-orders writes the orders table directly and needs a superuser connection.</source>
        <translation>gen-orders escribe directamente en la tabla de pedidos y necesita una conexión de superusuario.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no active coordinator or admin to be the author of the orders; create one first.</source>
        <translation>No hay ningún coordinador ni administrador activo que pueda ser el autor de los pedidos; cree uno primero.</translation>
    </message>
</context>
<context>
    <name>cs::domain::BomComparison</name>
    <message>
        <location filename="../src/domain/bom/bomcomparison.cpp" line="+85"/>
        <source>Top line only in the stored BOM: %1 (%2) × %3</source>
        <translation>Línea de primer nivel solo en la lista de materiales guardada: %1 (%2) × %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top line only in the stored BOM: %1 × %2</source>
        <translation>Línea de primer nivel solo en la lista de materiales guardada: %1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top line only in the regenerated BOM: %1 (%2) × %3</source>
        <translation>Línea de primer nivel solo en la lista de materiales regenerada: %1 (%2) × %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top line only in the regenerated BOM: %1 × %2</source>
        <translation>Línea de primer nivel solo en la lista de materiales regenerada: %1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The top lines are the same, in another order</source>
        <translation>Las líneas de primer nivel son las mismas, en otro orden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part %1 (%2): stored %3, regenerated %4</source>
        <translation>Pieza %1 (%2): guardada %3, regenerada %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part %1: stored %2, regenerated %3</source>
        <translation>Pieza %1: guardada %2, regenerada %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lines are the same, but the rules, answers, notes or the tree differ</source>
        <translation>Las líneas son las mismas, pero las reglas, las respuestas, las notas o el árbol difieren</translation>
    </message>
</context>
<context>
    <name>cs::domain::BomExpander</name>
    <message>
        <location filename="../src/domain/bom/bomexpander.cpp" line="+35"/>
        <source>Unknown id %1 (path %2): it is neither an assembly nor a part of the catalog.</source>
        <translation>Identificador %1 desconocido (ruta %2): no es ni un conjunto ni una pieza del catálogo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog structure has a cycle: %1.</source>
        <translation>La estructura del catálogo tiene un ciclo: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BOM is deeper than %1 levels: %2.</source>
        <translation>La lista de materiales tiene más de %1 niveles: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quantity in the BOM is too large to count (at %1): check the catalog quantities on this path.</source>
        <translation>Una cantidad de la lista de materiales es demasiado grande para contarla (en %1): compruebe las cantidades del catálogo en esta ruta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The BOM tree has more than %1 nodes (at %2).</source>
        <translation>El árbol de la lista de materiales tiene más de %1 nodos (en %2).</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistCondition</name>
    <message>
        <location filename="../src/domain/checklist/checklistexpression.cpp" line="+25"/>
        <source>build %1 has no configuration</source>
        <translation>la fabricación %1 no tiene configuración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the order has no build %1</source>
        <translation>el pedido no tiene la fabricación %1</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>the number &quot;%1&quot; is too large</source>
        <translation>el número «%1» es demasiado grande</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected character &quot;%1&quot; at position %2</source>
        <translation>carácter inesperado «%1» en la posición %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+159"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>«%1» inesperado</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>a &quot;)&quot; is missing</source>
        <translation>falta un «)»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs an argument in parentheses</source>
        <translation>%1 necesita un argumento entre paréntesis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a name in parentheses</source>
        <translation>%1 necesita un nombre entre paréntesis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 takes one argument; a &quot;)&quot; is missing</source>
        <translation>%1 admite un solo argumento; falta un «)»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; must be followed by == or !=</source>
        <translation>«%1» debe ir seguido de == o !=</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the condition ends too early</source>
        <translation>la condición termina demasiado pronto</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown feet &quot;%1&quot; (LOCK_LEVELING_CASTERS or SEISMIC_FEET)</source>
        <translation>apoyos «%1» desconocidos (LOCK_LEVELING_CASTERS o SEISMIC_FEET)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown language &quot;%1&quot; (EN, FR or ES)</source>
        <translation>idioma «%1» desconocido (EN, FR o ES)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;in&quot; needs a list in parentheses</source>
        <translation>«in» necesita una lista entre paréntesis</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>unknown basin type &quot;%1&quot; (E_DRAIN, E_SINK or E_SINK_DI)</source>
        <translation>tipo de seno «%1» desconocido (E_DRAIN, E_SINK o E_SINK_DI)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>the list after &quot;in&quot; needs a &quot;)&quot;</source>
        <translation>la lista después de «in» necesita un «)»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown basin group &quot;%1&quot; (E_DRAIN, E_SINK, E_SINK_STD or E_SINK_DI)</source>
        <translation>grupo de senos «%1» desconocido (E_DRAIN, E_SINK, E_SINK_STD o E_SINK_DI)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown faucet type &quot;%1&quot; (WRIST_BLADE, PRE_RINSE or DI_GOOSENECK)</source>
        <translation>tipo de grifo «%1» desconocido (WRIST_BLADE, PRE_RINSE o DI_GOOSENECK)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown sprayer &quot;%1&quot; (AIR_GUN, WATER_GUN or a sprayer type)</source>
        <translation>pistola «%1» desconocida (AIR_GUN, WATER_GUN o un tipo de pistola)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown name &quot;%1&quot;</source>
        <translation>nombre «%1» desconocido</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a count must be compared (==, !=, &lt;, &lt;=, &gt;, &gt;=)</source>
        <translation>un recuento debe compararse (==, !=, &lt;, &lt;=, &gt;, &gt;=)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>count needs basin types in parentheses</source>
        <translation>count necesita tipos de seno entre paréntesis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown basin type &quot;%1&quot; in count (E_DRAIN, E_SINK or E_SINK_DI)</source>
        <translation>tipo de seno «%1» desconocido en count (E_DRAIN, E_SINK o E_SINK_DI)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>count(...) needs a &quot;)&quot;</source>
        <translation>count(...) necesita un «)»</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a count is missing</source>
        <translation>falta un recuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a count (a number, basinCount or count(...))</source>
        <translation>«%1» no es un recuento (un número, basinCount o count(...))</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>E-Drain basin</source>
        <translation>seno E-Drain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Sink or E-Sink DI basin</source>
        <translation>seno E-Sink o E-Sink DI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard E-Sink basin (not DI)</source>
        <translation>seno E-Sink estándar (no DI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Sink DI basin</source>
        <translation>seno E-Sink DI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>air gun</source>
        <translation>pistola de aire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>water gun</source>
        <translation>pistola de agua</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sink has 1 basin.</source>
        <translation>El fregadero tiene 1 seno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sink has %1 basins.</source>
        <translation>El fregadero tiene %1 senos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2.</source>
        <translation>%1 es %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sink has a pegboard.</source>
        <translation>El fregadero tiene panel perforado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sink has no pegboard.</source>
        <translation>El fregadero no tiene panel perforado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The legs are height adjustable.</source>
        <translation>Las patas son de altura regulable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legs are fixed height.</source>
        <translation>Las patas son de altura fija.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legs&apos; height type is not chosen.</source>
        <translation>No se ha elegido el tipo de altura de las patas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sink has no faucet.</source>
        <translation>El fregadero no tiene grifo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sink has 1 faucet.</source>
        <translation>El fregadero tiene 1 grifo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sink has %1 faucets.</source>
        <translation>El fregadero tiene %1 grifos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sink has no basin %1.</source>
        <translation>El fregadero no tiene seno %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basin %1 has a basin light.</source>
        <translation>El seno %1 tiene luz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basin %1 has no basin light.</source>
        <translation>El seno %1 no tiene luz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basin %1 has a P-trap.</source>
        <translation>El seno %1 tiene unidad de desinfección del sifón.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basin %1 has no P-trap.</source>
        <translation>El seno %1 no tiene unidad de desinfección del sifón.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basin %1 is %2.</source>
        <translation>El seno %1 es %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feet: %1.</source>
        <translation>Apoyos: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order&apos;s language is %1.</source>
        <translation>El idioma del pedido es %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>The sink has at least one %1.</source>
        <translation>El fregadero cuenta con %1.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>The sink has no %1.</source>
        <translation>El fregadero no tiene %1.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the condition is empty</source>
        <translation>la condición está vacía</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistExpectation</name>
    <message>
        <location line="-29"/>
        <source>custom %1 x %2 x %3 in</source>
        <translation>a medida %1 x %2 x %3 pulg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+261"/>
        <source>size not chosen</source>
        <translation>tamaño no elegido</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>the parentheses do not match</source>
        <translation>los paréntesis no coinciden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a value source is empty</source>
        <translation>una fuente de valor está vacía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown value source &quot;%1&quot;</source>
        <translation>fuente de valor «%1» desconocida</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>width %1 in</source>
        <translation>ancho %1 pulg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length %1 in</source>
        <translation>largo %1 pulg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>basin %1: %2</source>
        <translation>seno %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no basin</source>
        <translation>ningún seno</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model %1, %2 x %3 in, %4: %5</source>
        <translation>modelo %1, %2 x %3 pulg., %4: %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not chosen</source>
        <translation>no elegido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no pegboard</source>
        <translation>sin panel perforado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>perforated pegboard</source>
        <translation>panel perforado (tipo perforado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solid pegboard</source>
        <translation>panel perforado (tipo macizo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pegboard of no chosen type</source>
        <translation>panel perforado sin tipo elegido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same size as the sink</source>
        <translation>mismo tamaño que el fregadero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same size as the sink (%1)</source>
        <translation>mismo tamaño que el fregadero (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>custom %1 x %2 in</source>
        <translation>a medida %1 x %2 pulg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no faucet</source>
        <translation>sin grifo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no faucet at this basin</source>
        <translation>sin grifo en este seno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no sprayer</source>
        <translation>sin pistola</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no control box (the basin types are not complete)</source>
        <translation>sin caja de control (los tipos de seno no están completos)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>control box %1</source>
        <translation>caja de control %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the build&apos;s BOM</source>
        <translation>la lista de materiales de la fabricación</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistInstance</name>
    <message>
        <location filename="../src/domain/checklist/checklistinstance.cpp" line="+40"/>
        <source>Basin %1</source>
        <translation>Seno %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sink has 1 basin: there is no basin %1.</source>
        <translation>El fregadero tiene 1 seno: no hay seno %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sink has %1 basins: there is no basin %2.</source>
        <translation>El fregadero tiene %1 senos: no hay seno %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The configuration has no basin at position %1.</source>
        <translation>La configuración no tiene seno en la posición %1.</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistOptionFilter</name>
    <message>
        <location filename="../src/domain/checklist/checklistexpression.cpp" line="+21"/>
        <source>&quot;%1&quot; is not of the form: drop &quot;OPTION&quot; when CONDITION</source>
        <translation>«%1» no tiene la forma: drop &quot;OPTION&quot; when CONDITION</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the condition of &quot;%1&quot;: %2</source>
        <translation>la condición de «%1»: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no rule of the form: drop &quot;OPTION&quot; when CONDITION</source>
        <translation>ninguna regla de la forma: drop &quot;OPTION&quot; when CONDITION</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistPassRule</name>
    <message>
        <location filename="../src/domain/checklist/checklistpassrule.cpp" line="+27"/>
        <source>%1, basin %2</source>
        <translation>%1, seno %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a tick</source>
        <translation>una marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PASS or FAIL</source>
        <translation>CONFORME o NO CONFORME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the options</source>
        <translation>una de las opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of the options</source>
        <translation>una lista de las opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes or no</source>
        <translation>sí o no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a serial number</source>
        <translation>un número de serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initials</source>
        <translation>unas iniciales</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expects %1</source>
        <translation>espera %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+65"/>
        <source>not ticked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>&quot;%1&quot; is not one of the options (%2)</source>
        <translation>«%1» no es una de las opciones (%2)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>&quot;Other&quot; needs a description</source>
        <translation>«Other» necesita una descripción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>initials are 1 to 4 letters</source>
        <translation>las iniciales tienen de 1 a 4 letras</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is below the minimum %2</source>
        <translation>%1 está por debajo del mínimo %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is above the maximum %2</source>
        <translation>%1 está por encima del máximo %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not match the configuration (%2)</source>
        <translation>%1 no coincide con la configuración (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no test result</source>
        <translation>sin resultado de prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 is outside %3</source>
        <translation>%1 %2 está fuera de %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is below the minimum %3%4</source>
        <translation>%1 %2 está por debajo del mínimo %3%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is above the maximum %3%4</source>
        <translation>%1 %2 está por encima del máximo %3%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>The approved drawing is not attached to the order.</source>
        <translation>El plano aprobado no está adjunto al pedido.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>N/A is not allowed here</source>
        <translation>N/A no está permitido aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A needs a reason</source>
        <translation>N/A necesita un motivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be Yes</source>
        <translation>debe ser Sí</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section %1, basin %2: the section check is not ticked.</source>
        <translation>Sección %1, seno %2: la verificación de la sección no está marcada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section %1: the section check is not ticked.</source>
        <translation>Sección %1: la verificación de la sección no está marcada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the section check is not ticked</source>
        <translation>la verificación de la sección no está marcada</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistQuantity</name>
    <message>
        <location filename="../src/domain/checklist/checklistexpression.cpp" line="-522"/>
        <source>unknown &quot;per %1&quot; (sink, basin, air gun, water gun, pre-rinse faucet, wrist-blade faucet or DI faucet)</source>
        <translation>«per %1» desconocido (sink, basin, air gun, water gun, pre-rinse faucet, wrist-blade faucet o DI faucet)</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>the quantity is empty</source>
        <translation>la cantidad está vacía</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown unit &quot;%1&quot; (hoses, clamps, shelves and tubesets)</source>
        <translation>unidad «%1» desconocida (hoses, clamps, shelves and tubesets)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>«%1» inesperado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 hose</source>
        <translation>1 manguera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hoses</source>
        <translation>%1 mangueras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 clamp</source>
        <translation>1 abrazadera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 clamps</source>
        <translation>%1 abrazaderas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 shelf and tubeset</source>
        <translation>1 estante y juego de tubos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 shelves and tubesets</source>
        <translation>%1 estantes y juegos de tubos</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistTemplate</name>
    <message>
        <location filename="../src/domain/checklist/checklisttemplate.cpp" line="+54"/>
        <source>&quot;%1&quot; must be a text</source>
        <translation>«%1» debe ser un texto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«%1» debe ser true o false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>«%1» debe ser un número</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; must be a list of texts</source>
        <translation>«%1» debe ser una lista de textos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation>«%1» debe ser una lista</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>an item has no id</source>
        <translation>un elemento no tiene id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown item type &quot;%1&quot;</source>
        <translation>tipo de elemento «%1» desconocido</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>optionsByPosition is only allowed in a perBasin section</source>
        <translation>optionsByPosition solo se permite en una sección perBasin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optionsByPosition has the position &quot;%1&quot;; positions are 1 to %2</source>
        <translation>optionsByPosition tiene la posición «%1»; las posiciones van de 1 a %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optionsByPosition &quot;%1&quot; must be a list of texts</source>
        <translation>optionsByPosition «%1» debe ser una lista de textos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optionsByPosition must be an object of positions</source>
        <translation>optionsByPosition debe ser un objeto de posiciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown or unreadable condition &quot;%1&quot;: %2</source>
        <translation>condición «%1» desconocida o ilegible: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the condition &quot;%1&quot; reads basin.* outside a perBasin section</source>
        <translation>la condición «%1» lee basin.* fuera de una sección perBasin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown or unreadable expected value &quot;%1&quot;: %2</source>
        <translation>valor esperado «%1» desconocido o ilegible: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the expected value &quot;%1&quot; reads basin.* outside a perBasin section</source>
        <translation>el valor esperado «%1» lee basin.* fuera de una sección perBasin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown or unreadable quantity &quot;%1&quot;: %2</source>
        <translation>cantidad «%1» desconocida o ilegible: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown or unreadable option filter &quot;%1&quot;: %2</source>
        <translation>filtro de opciones «%1» desconocido o ilegible: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the option filter reads basin.* outside a perBasin section</source>
        <translation>el filtro de opciones lee basin.* fuera de una sección perBasin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a %1 item needs options or optionsByPosition</source>
        <translation>un elemento %1 necesita options u optionsByPosition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>options are only allowed on choice and multiCheck items</source>
        <translation>las opciones solo se permiten en elementos choice y multiCheck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an option filter is only allowed on choice and multiCheck items</source>
        <translation>un filtro de opciones solo se permite en elementos choice y multiCheck</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>otherText needs a choice with the option &quot;Other&quot;</source>
        <translation>otherText necesita una elección con la opción «Other»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>limits (min, max) are only allowed on number items</source>
        <translation>los límites (min, max) solo se permiten en elementos number</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+89"/>
        <source>the minimum %1 is above the maximum %2</source>
        <translation>el mínimo %1 está por encima del máximo %2</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>the limits of &quot;%1&quot; name no value of captureOptional</source>
        <translation>los límites de «%1» no nombran ningún valor de captureOptional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the limits of &quot;%1&quot; must be an object (min, max, unit)</source>
        <translation>los límites de «%1» deben ser un objeto (min, max, unit)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the limits of &quot;%1&quot; have &quot;%2&quot;; they take a number min and max and a text unit</source>
        <translation>los límites de «%1» tienen «%2»; admiten un número min y max y un texto unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the limits of &quot;%1&quot; need a min or a max</source>
        <translation>los límites de «%1» necesitan un min o un max</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>limits must be an object of captureOptional labels</source>
        <translation>limits debe ser un objeto de etiquetas de captureOptional</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 to %2%3</source>
        <translation>%1 a %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1%2</source>
        <translation>al menos %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1%2</source>
        <translation>como máximo %1%2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, item %2</source>
        <translation>%1, elemento %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, section %2</source>
        <translation>%1, sección %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the template has no id</source>
        <translation>la plantilla no tiene id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>«version» debe ser un número entero desde 1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a header entry is not an object</source>
        <translation>una entrada del encabezado no es un objeto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the id is used twice in the header</source>
        <translation>el id se usa dos veces en el encabezado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a procedure is not an object</source>
        <translation>un procedimiento no es un objeto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a section is not an object</source>
        <translation>una sección no es un objeto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a section has no id</source>
        <translation>una sección no tiene id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is reserved for the header</source>
        <translation>«%1» está reservado para el encabezado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the section id is used twice</source>
        <translation>el id de sección se usa dos veces</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown repeat &quot;%1&quot; (perBasin)</source>
        <translation>repeat «%1» desconocido (perBasin)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>repeatMax without &quot;repeat&quot;: &quot;perBasin&quot;</source>
        <translation>repeatMax sin &quot;repeat&quot;: &quot;perBasin&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeatMax must be a whole number from 1 to %1</source>
        <translation>repeatMax debe ser un número entero de 1 a %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the section has no items</source>
        <translation>la sección no tiene elementos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item is not an object</source>
        <translation>un elemento no es un objeto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the item id is used twice in section %1</source>
        <translation>el id de elemento se usa dos veces en la sección %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the template has no sections</source>
        <translation>la plantilla no tiene secciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a sign-off entry is not an object</source>
        <translation>una entrada de firma no es un objeto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;result&quot; must be an object</source>
        <translation>«result» debe ser un objeto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 no es JSON válido: %2 en la posición %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not hold a JSON object</source>
        <translation>%1 no contiene un objeto JSON</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistWords</name>
    <message>
        <location filename="../src/domain/checklist/checklistexpression.cpp" line="+230"/>
        <source>E-Drain</source>
        <translation>E-Drain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Sink</source>
        <translation>E-Sink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Sink DI</source>
        <translation>E-Sink DI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of no chosen type</source>
        <translation>sin tipo elegido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wrist-blade faucet</source>
        <translation>grifo con maneta de muñeca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-rinse faucet</source>
        <translation>grifo de prelavado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DI gooseneck faucet</source>
        <translation>grifo de cuello de cisne de agua desionizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faucet of no chosen type</source>
        <translation>grifo sin tipo elegido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>water gun (turret)</source>
        <translation>pistola de agua (torreta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>water gun (rosette)</source>
        <translation>pistola de agua (roseta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air gun (turret)</source>
        <translation>pistola de aire (torreta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air gun (rosette)</source>
        <translation>pistola de aire (roseta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sprayer of no chosen type</source>
        <translation>pistola sin tipo elegido</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>centre of basin %1</source>
        <translation>centro del seno %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>between basins %1 and %2</source>
        <translation>entre los senos %1 y %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placement not recorded</source>
        <translation>ubicación no registrada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location not recorded</source>
        <translation>posición no registrada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lock and levelling castors</source>
        <translation>ruedas con freno y nivelación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>levelling feet (seismic)</source>
        <translation>apoyos niveladores (antisísmicos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>not chosen</source>
        <translation>no elegido</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 basin</source>
        <translation>1 seno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 basins</source>
        <translation>%1 senos</translation>
    </message>
</context>
<context>
    <name>cs::domain::ConfigurationValidator</name>
    <message>
        <location filename="../src/domain/orders/configurationvalidator.cpp" line="+24"/>
        <source>The PO number needs at least 3 characters.</source>
        <translation>El número de orden de compra necesita al menos 3 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer name needs at least 3 characters.</source>
        <translation>El nombre del cliente necesita al menos 3 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project name, when given, needs at least 3 characters.</source>
        <translation>El nombre del proyecto, si se indica, necesita al menos 3 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sales person needs at least 3 characters.</source>
        <translation>El nombre del comercial necesita al menos 3 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The want date must be after %1.</source>
        <translation>La fecha deseada debe ser posterior al %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the document language: EN, FR or ES.</source>
        <translation>Elija el idioma de los documentos: EN, FR o ES.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 family cannot be configured yet (under construction).</source>
        <translation>La familia %1 todavía no se puede configurar (en desarrollo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the sink family: only MDRD can be configured.</source>
        <translation>Elija la familia de fregadero: solo se puede configurar MDRD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sink quantity must be from 1 to %1.</source>
        <translation>La cantidad de fregaderos debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Build number %1 needs at least 3 characters.</source>
        <translation>El número de fabricación %1 necesita al menos 3 caracteres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build number %1 may contain letters, digits and &apos;-&apos; only.</source>
        <translation>El número de fabricación %1 solo puede contener letras, cifras y «-».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build number %1 is used twice in this order.</source>
        <translation>El número de fabricación %1 aparece dos veces en este pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build %1 has no configuration.</source>
        <translation>La fabricación %1 no tiene configuración.</translation>
    </message>
</context>
<context>
    <name>cs::domain::DocumentRules</name>
    <message>
        <location filename="../src/domain/orders/documentrules.cpp" line="+83"/>
        <source>“%1” cannot be attached: its name has no type (such as .pdf). Allowed: %2.</source>
        <translation>No se puede adjuntar «%1»: su nombre no indica ningún tipo (como .pdf). Se admiten: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be attached: files of type “.%2” are not accepted. Allowed: %3.</source>
        <translation>No se puede adjuntar «%1»: no se admiten archivos de tipo «.%2». Se admiten: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be attached: the file is empty.</source>
        <translation>No se puede adjuntar «%1»: el archivo está vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be attached: it is %2 MB, and documents may be at most 25 MB.</source>
        <translation>No se puede adjuntar «%1»: ocupa %2 MB y los documentos pueden ocupar como máximo 25 MB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” cannot be attached: it is named “.%2” but its content is not a %3 file (it may be damaged, or another kind of file renamed). Save it again as %3 and attach that.</source>
        <translation>No se puede adjuntar «%1»: su nombre termina en «.%2» pero su contenido no es un archivo %3 (puede estar dañado, o ser otro tipo de archivo con el nombre cambiado). Vuelva a guardarlo como %3 y adjunte ese archivo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <location line="+8"/>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+14"/>
        <source>it is not a file</source>
        <translation>no es un archivo</translation>
    </message>
</context>
<context>
    <name>cs::domain::MdrdRules</name>
    <message>
        <location filename="../src/domain/bom/mdrdrules.cpp" line="+246"/>
        <source>Choose the sink model (T2-B1, T2-B2 or T2-B3).</source>
        <translation>Elija el modelo de fregadero (T2-B1, T2-B2 o T2-B3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the sink width in inches (more than 0).</source>
        <translation>Introduzca el ancho del fregadero en pulgadas (más de 0).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sink length must be from %1 to %2 inches.</source>
        <translation>El largo del fregadero debe estar entre %1 y %2 pulgadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LC1 legs are height adjustable only; choose DL27 or DL14 for a fixed height.</source>
        <translation>Las patas LC1 solo existen con altura regulable; elija DL27 o DL14 para una altura fija.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the leg height type and model.</source>
        <translation>Elija el tipo de altura y el modelo de las patas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose lock and leveling casters or seismic feet.</source>
        <translation>Elija ruedas con freno y nivelación o apoyos antisísmicos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the workflow direction.</source>
        <translation>Elija la dirección del flujo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a perforated or a solid pegboard.</source>
        <translation>Elija el tipo de panel perforado: perforado o macizo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Colorsafe+ colour is not one of the offered colours.</source>
        <translation>El color Colorsafe+ no es uno de los colores ofrecidos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A custom pegboard needs a width and a length above 0, with at most one decimal.</source>
        <translation>Un panel perforado a medida necesita un ancho y un largo mayores que 0, con un decimal como máximo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The custom pegboard number %1 equals a standard catalog id.</source>
        <translation>El número de panel perforado a medida %1 coincide con un identificador estándar del catálogo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the pegboard size: same as the sink, or a custom width and length.</source>
        <translation>Elija el tamaño del panel perforado: igual que el fregadero, o un ancho y un largo a medida.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Model %1 has %n basin(s), but %2 are configured.</source>
        <translation>
            <numerusform>El modelo %1 tiene %n seno, pero hay %2 configurados.</numerusform>
            <numerusform>El modelo %1 tiene %n senos, pero hay %2 configurados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Basin %1: choose E-Sink, E-Sink DI or E-Drain.</source>
        <translation>Seno %1: elija E-Sink, E-Sink DI o E-Drain.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Basin %1: %2 is not a standard basin size.</source>
        <translation>Seno %1: %2 no es un tamaño de seno estándar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Basin %1: a custom size needs width, length and depth above 0, with at most one decimal.</source>
        <translation>Seno %1: un tamaño a medida necesita ancho, largo y profundidad mayores que 0, con un decimal como máximo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Basin %1: the custom basin number %2 equals a standard catalog id.</source>
        <translation>Seno %1: el número de seno a medida %2 coincide con un identificador estándar del catálogo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basin %1: choose the basin size.</source>
        <translation>Seno %1: elija el tamaño del seno.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>A sink with %n basin(s) takes at most %1 faucets.</source>
        <translation>
            <numerusform>Un fregadero con %n seno admite como máximo %1 grifos.</numerusform>
            <numerusform>Un fregadero con %n senos admite como máximo %1 grifos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Faucet %1: choose the faucet type.</source>
        <translation>Grifo %1: elija el tipo de grifo.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Faucet %1: this placement does not exist on a sink with %n basin(s).</source>
        <translation>
            <numerusform>Grifo %1: esta ubicación no existe en un fregadero con %n seno.</numerusform>
            <numerusform>Grifo %1: esta ubicación no existe en un fregadero con %n senos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faucet %1: another faucet already has this placement.</source>
        <translation>Grifo %1: otro grifo ya ocupa esta ubicación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every E-Sink DI basin needs a DI gooseneck faucet (%1 needed, %2 present).</source>
        <translation>Cada seno E-Sink DI necesita un grifo de cuello de cisne de agua desionizada (se necesitan %1, hay %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A sink takes one or two sprayers.</source>
        <translation>Un fregadero admite una o dos pistolas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sprayer %1: choose the sprayer type.</source>
        <translation>Pistola %1: elija el tipo de pistola.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sprayer %1: choose the left or the right side.</source>
        <translation>Pistola %1: elija el lado izquierdo o el derecho.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accessory %1 is not in the accessory library.</source>
        <translation>El accesorio %1 no está en la biblioteca de accesorios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accessory %1 is for InstroSink only.</source>
        <translation>El accesorio %1 es solo para InstroSink.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accessory %1: the quantity must be a whole number of at least 1.</source>
        <translation>Accesorio %1: la cantidad debe ser un número entero de al menos 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a bolt-on shelf for a solid pegboard, and this sink has none.</source>
        <translation>%1 es un estante atornillado para panel macizo, y este fregadero no tiene ninguno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is for sinks shorter than 84 in.; this sink is %2 in.</source>
        <translation>%1 es para fregaderos de menos de 84 pulg.; este fregadero mide %2 pulg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is for sinks of 84 in. and longer; this sink is %2 in.</source>
        <translation>%1 es para fregaderos de 84 pulg. o más; este fregadero mide %2 pulg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fits only with a height-adjustable shelf (T2-OA-CUST-SHELF-HA-SML or -LRG).</source>
        <translation>%1 solo se monta con un estante de altura regulable (T2-OA-CUST-SHELF-HA-SML o -LRG).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 mounts on a pegboard, and this sink has none.</source>
        <translation>%1 se monta en un panel perforado, y este fregadero no tiene ninguno.</translation>
    </message>
</context>
<context>
    <name>cs::print::BomExport</name>
    <message>
        <location filename="../src/print/bomexport.cpp" line="+23"/>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+29"/>
        <location line="+11"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+4"/>
        <location line="+29"/>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+44"/>
        <source>Total qty</source>
        <translation>Cant. total</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+29"/>
        <source>Extended qty</source>
        <translation>Cant. acumulada</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>BOM of build %1 (PO %2)</source>
        <translation>Lista de materiales de la fabricación %1 (orden de compra %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 · %2 · SHA-256 %3</source>
        <translation>Versión %1 · %2 · SHA-256 %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Procurement list</source>
        <translation>Lista de aprovisionamiento</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>BOM %1</source>
        <translation>Lista de materiales %1</translation>
    </message>
</context>
<context>
    <name>cs::print::ZplPrinter</name>
    <message>
        <location filename="../src/print/zplprinter.cpp" line="+23"/>
        <source>The printer is still busy with the previous job.</source>
        <translation>La impresora todavía está ocupada con el trabajo anterior.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The label printer %1:%2 did not answer in time.</source>
        <translation>La impresora de etiquetas %1:%2 no respondió a tiempo.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Sent %n byte(s) to the label printer.</source>
        <translation>
            <numerusform>Se ha enviado %n byte a la impresora de etiquetas.</numerusform>
            <numerusform>Se han enviado %n bytes a la impresora de etiquetas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label printer closed the connection before the job was sent.</source>
        <translation>La impresora de etiquetas cerró la conexión antes de que se enviara el trabajo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot send to the label printer %1:%2: %3</source>
        <translation>No se puede enviar a la impresora de etiquetas %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>cs::ui::AboutDialog</name>
    <message>
        <location filename="../src/ui/shell/aboutdialog.cpp" line="+21"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not known: %1)</source>
        <translation>(desconocida: %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CleanStation Production, the shop-floor client for CleanStation reprocessing sinks.</source>
        <translation>CleanStation Production, el cliente de taller para los fregaderos de reprocesamiento CleanStation.</translation>
    </message>
</context>
<context>
    <name>cs::ui::AssemblyBenchPage</name>
    <message>
        <location filename="../src/ui/assembly/assemblybenchpage.cpp" line="+304"/>
        <source>The build could not be read: %1</source>
        <translation>No se pudo leer la fabricación: %1</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Wait until the build has loaded.</source>
        <translation>Espere a que la fabricación se haya cargado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim the build first: the test is taken by the assembler who claimed it.</source>
        <translation>Tome primero la fabricación: la prueba la hace el montador que la tomó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds this build: the test is theirs.</source>
        <translation>%1 tiene esta fabricación: la prueba le corresponde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end-of-line test was repeated and passed after the rework.</source>
        <translation>La prueba de fin de línea se repitió y se superó después del reproceso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end-of-line test is repeated when the recorded rework touched it (step 6).</source>
        <translation>La prueba de fin de línea se repite cuando el reproceso registrado la ha afectado (paso 6).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end-of-line test is taken while the build is Ready for production (it is %1 now).</source>
        <translation>La prueba de fin de línea se hace mientras la fabricación está en el estado «Listo para producción» (ahora está en «%1»).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening the build…</source>
        <translation>Abriendo la fabricación…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build not loaded</source>
        <translation>Fabricación no cargada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assembly — build %1</source>
        <translation>Ensamblaje — fabricación %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>nobody holds it</source>
        <translation>nadie la tiene</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+538"/>
        <source>&amp;Work instruction</source>
        <translation>&amp;Instrucción de trabajo</translation>
    </message>
    <message>
        <location line="-450"/>
        <source>The test starts when every production check is done. The production checks have not been started yet.</source>
        <translation>La prueba empieza cuando todos los controles de producción están hechos. Los controles de producción aún no se han empezado.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The test starts when every production check is done. Production checks still to do: %n.</source>
        <translation>
            <numerusform>La prueba empieza cuando todos los controles de producción están hechos. Controles de producción pendientes: %n.</numerusform>
            <numerusform>La prueba empieza cuando todos los controles de producción están hechos. Controles de producción pendientes: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>claimed by you</source>
        <translation>tomada por usted</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>held by %1</source>
        <translation>en manos de %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>PO %1 · %2 · status: %3 · %4</source>
        <translation>OC %1 · %2 · estado: %3 · %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+129"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>not claimed</source>
        <translation>no tomada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on hold for parts</source>
        <translation>en espera de piezas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · Claim
%1</source>
        <translation>1 · Toma
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 of %2 checked</source>
        <translation>%1 de %2 controlados</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>2 · Production checks
%1</source>
        <translation>2 · Controles de producción
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeat after the rework: attempt %1 open</source>
        <translation>por repetir tras el reproceso: intento %1 abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to repeat after the rework</source>
        <translation>por repetir tras el reproceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed (attempt %1)</source>
        <translation>superada (intento %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attempt %1 failed: a new attempt is needed</source>
        <translation>intento %1 fallido: se necesita un nuevo intento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attempt %1 open</source>
        <translation>intento %1 abierto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 · End-of-line test
%1</source>
        <translation>3 · Prueba de fin de línea
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after the test</source>
        <translation>después de la prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 confirmed</source>
        <translation>%1 de %2 confirmados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4 · Packaging
%1</source>
        <translation>4 · Embalaje
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to sign</source>
        <translation>por firmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after packaging</source>
        <translation>después del embalaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · Ready for inspection
%1</source>
        <translation>5 · Lista para inspección
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none open</source>
        <translation>ninguno en curso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recorded; may return</source>
        <translation>registrado; puede volver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 · Rework
%1</source>
        <translation>6 · Reproceso
%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>You hold this build: its steps are yours.</source>
        <translation>Usted tiene esta fabricación: sus pasos son suyos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build cannot be claimed now.</source>
        <translation>Esta fabricación no se puede tomar ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot claim: %1</source>
        <translation>No se puede tomar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim the build to do its rework.</source>
        <translation>Tome la fabricación para hacer su reproceso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim the build to start its production checks.</source>
        <translation>Tome la fabricación para empezar sus controles de producción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody holds this build.</source>
        <translation>Nadie tiene esta fabricación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds this build (status: %2).</source>
        <translation>%1 tiene esta fabricación (estado: %2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The production checklist opens while the build is in production.</source>
        <translation>La lista de producción se abre mientras la fabricación está en producción.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim the build first: its production checks are the claimant&apos;s.</source>
        <translation>Tome primero la fabricación: sus controles de producción corresponden a quien la tomó.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Packaging is complete.</source>
        <translation>El embalaje está completo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging comes after the end-of-line test has passed.</source>
        <translation>El embalaje viene después de superar la prueba de fin de línea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the assembler who claimed the build (or an admin) completes packaging.</source>
        <translation>Solo el montador que tomó la fabricación (o un administrador) completa el embalaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until the packing list has loaded.</source>
        <translation>Espere a que se cargue la lista de embalaje.</translation>
    </message>
    <message numerus="yes">
        <location line="-116"/>
        <source>to confirm: %n</source>
        <translation>
            <numerusform>por confirmar: %n</numerusform>
            <numerusform>por confirmar: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Final QC failed: to do</source>
        <translation>Control de calidad final no conforme: por hacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre-QC failed: to do</source>
        <translation>Control de calidad previo no conforme: por hacer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>recorded; still to do: %n</source>
        <translation>
            <numerusform>registrado; pendiente: %n</numerusform>
            <numerusform>registrado; pendientes: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>You hold this build (status: %1).</source>
        <translation>Usted tiene esta fabricación (estado: %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Saving answers, %n to go…</source>
        <translation>
            <numerusform>Guardando respuestas, falta %n…</numerusform>
            <numerusform>Guardando respuestas, faltan %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Confirm every item of the packing list first. Still to confirm: %n.</source>
        <translation>
            <numerusform>Confirme primero cada artículo de la lista de embalaje. Por confirmar: %n.</numerusform>
            <numerusform>Confirme primero cada artículo de la lista de embalaje. Por confirmar: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything is packed: complete packaging.</source>
        <translation>Todo está embalado: complete el embalaje.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I, %1, have checked this cabinet on %2 and verify that it is ready for inspection.</source>
        <translation>Yo, %1, he revisado este mueble el %2 y verifico que está listo para la inspección.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The closing statement is signed: the build is ready for Final QC.</source>
        <translation>La declaración final está firmada: la fabricación está lista para el control de calidad final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing statement is signed once packaging is complete.</source>
        <translation>La declaración final se firma una vez completado el embalaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the assembler who claimed the build (or an admin) signs the closing statement.</source>
        <translation>Solo el montador que tomó la fabricación (o un administrador) firma la declaración final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The production checklist of this build is not on record.</source>
        <translation>La lista de producción de esta fabricación no está registrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign with your password: the build goes to Ready for Final QC.</source>
        <translation>Firme con su contraseña: la fabricación pasa a «Listo para el control de calidad final».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not claimed</source>
        <translation>No tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not put on hold</source>
        <translation>No puesta en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not resumed</source>
        <translation>No reanudada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging not completed</source>
        <translation>Embalaje no completado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the connection was lost before the server answered, so it may or may not have been done. Refresh when the connection is back to see which.</source>
        <translation>%1: la conexión se perdió antes de que respondiera el servidor, así que puede haberse hecho o no. Actualice cuando vuelva la conexión para saberlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Build %1 is yours: its rework is below, with why it failed.</source>
        <translation>La fabricación %1 es suya: su reproceso está abajo, con el motivo de la no conformidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build %1 is yours: start with its production checks.</source>
        <translation>La fabricación %1 es suya: empiece por sus controles de producción.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On hold for parts</source>
        <translation>En espera de piezas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which parts are missing or wrong? (Procurement sees this reason and resumes the build when the parts are here.)</source>
        <translation>¿Qué piezas faltan o son incorrectas? (Compras ve este motivo y reanuda la fabricación cuando lleguen las piezas.)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On hold needs a reason: say which parts are missing or wrong.</source>
        <translation>La espera necesita un motivo: indique qué piezas faltan o son incorrectas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build %1 is on hold for parts.</source>
        <translation>La fabricación %1 está en espera de piezas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume production</source>
        <translation>Reanudar la producción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done about the parts? (a note for the history)</source>
        <translation>¿Qué se hizo con las piezas? (una nota para el historial)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resuming needs a note: say what was done about the parts.</source>
        <translation>Reanudar necesita una nota: indique qué se hizo con las piezas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build %1 is back in production.</source>
        <translation>La fabricación %1 vuelve a producción.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Packaging complete</source>
        <translation>Embalaje terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the packaging of build %1 as complete?</source>
        <translation>¿Marcar el embalaje de la fabricación %1 como completo?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The build moves to Packaging complete and its packing list can no longer be changed. The next step is the closing statement, signed with your password.</source>
        <translation>La fabricación pasa a «Embalaje terminado» y su lista de embalaje ya no se puede cambiar. El siguiente paso es la declaración final, firmada con su contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete packaging</source>
        <translation>Completar el embalaje</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Packaging of build %1 is complete: sign the closing statement.</source>
        <translation>El embalaje de la fabricación %1 está completo: firme la declaración final.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some answers are not stored yet; sign when they are saved.</source>
        <translation>Algunas respuestas aún no están guardadas; firme cuando lo estén.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready for inspection</source>
        <translation>Listo para inspección</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking your password and signing…</source>
        <translation>Comprobando su contraseña y firmando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed: build %1 is ready for Final QC.</source>
        <translation>Firmado: la fabricación %1 está lista para el control de calidad final.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not signed</source>
        <translation>No firmado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Claim this build</source>
        <translation>&amp;Tomar esta fabricación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;hold for parts…</source>
        <translation>En &amp;espera de piezas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;sume production…</source>
        <translation>Rea&amp;nudar la producción…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packa&amp;ging complete…</source>
        <translation>Emba&amp;laje terminado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign the closing statement…</source>
        <translation>&amp;Firmar la declaración final…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;production checks (step 2)</source>
        <translation>Ir a los controles de pro&amp;ducción (paso 2)</translation>
    </message>
</context>
<context>
    <name>cs::ui::AssemblyErrorText</name>
    <message>
        <location filename="../src/ui/assembly/assemblyerrortext.cpp" line="+44"/>
        <source>The password is not correct; nothing was signed.</source>
        <translation>La contraseña no es correcta; no se firmó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The initials do not match your profile; nothing was signed.</source>
        <translation>Las iniciales no coinciden con su perfil; no se firmó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature needs your password again; nothing was signed.</source>
        <translation>La firma necesita de nuevo su contraseña; no se firmó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the assembler who claimed this build, or an admin, can do this (%1). Claim it, or ask the coordinator to assign it to you</source>
        <translation>Solo el montador que tomó esta fabricación, o un administrador, puede hacer esto (%1). Tómela, o pida al coordinador que se la asigne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That part of the production checklist is not open at the build&apos;s status: the production checks before the test, the packaging list after it (%1)</source>
        <translation>Esa parte de la lista de producción no está abierta en el estado de la fabricación: los controles de producción antes de la prueba, la lista de embalaje después (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end-of-line test starts when every production check is done. Still to do: %1</source>
        <translation>La prueba de fin de línea empieza cuando todos los controles de producción están hechos. Falta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reading is outside its limits, so that test is a FAIL, not a PASS: %1</source>
        <translation>Una lectura está fuera de sus límites: esa prueba es NO CONFORME, no puede ser CONFORME: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packaging cannot be completed yet: confirm every packing item first. Not confirmed: %1</source>
        <translation>El embalaje aún no se puede completar: confirme primero cada artículo. Sin confirmar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step is made by signing its form, not by a status change: %1</source>
        <translation>Este paso se hace firmando su formulario, no con un cambio de estado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The production checklist is only signed as ready for inspection; a problem is put on hold instead.</source>
        <translation>La lista de producción solo se firma como lista para inspección; un problema se pone en espera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server says the form is not complete: %1</source>
        <translation>El servidor indica que el formulario no está completo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The work instruction was not stored: %1</source>
        <translation>La instrucción de trabajo no se guardó: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That version is already published and never changes; import a new draft instead (%1)</source>
        <translation>Esa versión ya está publicada y no cambia nunca; importe un nuevo borrador (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another published instruction already explains some of these checklist items: %1</source>
        <translation>Otra instrucción publicada ya explica algunos de estos puntos de control: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That work instruction version is not there any more. The list was read again.</source>
        <translation>Esa versión de la instrucción de trabajo ya no existe. Se volvió a leer la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture must be a PNG or a JPEG file: %1</source>
        <translation>Una imagen debe ser un archivo PNG o JPEG: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture may have at most 2 MB: %1</source>
        <translation>Una imagen tiene como máximo 2 MB: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture is missing on the server.</source>
        <translation>Falta una imagen en el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tool key has 2 to 50 capital letters, digits, dots, underscores or dashes (like TK-TORQUE-5NM).</source>
        <translation>La clave de una herramienta tiene de 2 a 50 mayúsculas, cifras, puntos, guiones bajos o guiones (como TK-TORQUE-5NM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tool needs a name of 2 to 255 characters.</source>
        <translation>Una herramienta necesita un nombre de 2 a 255 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tool&apos;s description has at most 2,000 characters.</source>
        <translation>La descripción de una herramienta tiene como máximo 2000 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A build&apos;s task list is made while the build is in production: %1</source>
        <translation>La lista de tareas de una fabricación se crea mientras está en producción: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no published production checklist template yet; an admin imports and publishes one.</source>
        <translation>Todavía no hay ninguna plantilla publicada de la lista de control de producción; un administrador importa y publica una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A build in rework goes back to QC when its rework is recorded: open it on the assembler&apos;s bench and use “Rework done”.</source>
        <translation>Una fabricación en reproceso vuelve al control de calidad cuando se registra su reproceso: ábrala en el puesto del montador y use «Reproceso terminado».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The build stays in rework for now: %1</source>
        <translation>La fabricación sigue en reproceso por ahora: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what was done in the rework (10 characters at least, 4,000 at most).</source>
        <translation>Indique qué se hizo en el reproceso (10 caracteres como mínimo, 4000 como máximo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the rework touched must be among the build&apos;s test procedures and confirmed packing items (%1)</source>
        <translation>Lo que afectó el reproceso debe estar entre los procedimientos de prueba y los artículos de embalaje confirmados de la fabricación (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo of the rework is no longer among the build&apos;s documents; add it again.</source>
        <translation>Una foto del reproceso ya no está entre los documentos de la fabricación; añádala de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The build is not in rework any more (%1); refresh to see where it is</source>
        <translation>La fabricación ya no está en reproceso (%1); actualice para ver dónde está</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The failed QC result that sent this build to rework is not on record; ask the inspector or an admin.</source>
        <translation>El resultado de control de calidad no conforme que envió esta fabricación a reproceso no está registrado; consulte al inspector o a un administrador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end-of-line test is repeated once the rework is recorded and touched it (step 6, “Rework done”).</source>
        <translation>La prueba de fin de línea se repite una vez registrado el reproceso, si este la afectó (paso 6, «Reproceso terminado»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone changed this build meanwhile. It was read again: look, then try once more.</source>
        <translation>Alguien cambió esta fabricación mientras tanto. Se ha vuelto a leer: revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role may not do this.</source>
        <translation>Su rol no permite hacer esto.</translation>
    </message>
</context>
<context>
    <name>cs::ui::BomCheckDialog</name>
    <message>
        <location filename="../src/ui/orders/bomcheckdialog.cpp" line="+18"/>
        <source>BOM not approved</source>
        <translation>Lista de materiales no aprobada</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>BOM version %1 of build %2 is what its configuration gives.</source>
        <translation>La versión %1 de la lista de materiales de la fabricación %2 es la que da su configuración.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>BOM version %1 of build %2 is not the BOM its configuration gives: regenerated from the stored configuration with the catalog (revision %3), it differs in %n point, listed below. It cannot be approved. Ask the production coordinator to regenerate the BOM, or reject it.</source>
        <translation>
            <numerusform>La versión %1 de la lista de materiales de la fabricación %2 no es la lista de materiales que da su configuración: regenerada a partir de la configuración guardada con el catálogo (revisión %3), difiere en %n punto, indicado abajo. No se puede aprobar. Pida al coordinador de producción que regenere la lista de materiales, o rechácela.</numerusform>
            <numerusform>La versión %1 de la lista de materiales de la fabricación %2 no es la lista de materiales que da su configuración: regenerada a partir de la configuración guardada con el catálogo (revisión %3), difiere en %n puntos, indicados abajo. No se puede aprobar. Pida al coordinador de producción que regenere la lista de materiales, o rechácela.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>BOM version %1 of build %2 is not the BOM its configuration gives: regenerated from the stored configuration with the catalog (revision %3), it differs in %n points, listed below. It cannot be approved. Ask the production coordinator to regenerate the BOM, or reject it.</source>
        <translation>
            <numerusform>La versión %1 de la lista de materiales de la fabricación %2 no es la lista de materiales que da su configuración: regenerada a partir de la configuración guardada con el catálogo (revisión %3), difiere en %n punto, indicado abajo. No se puede aprobar. Pida al coordinador de producción que regenere la lista de materiales, o rechácela.</numerusform>
            <numerusform>La versión %1 de la lista de materiales de la fabricación %2 no es la lista de materiales que da su configuración: regenerada a partir de la configuración guardada con el catálogo (revisión %3), difiere en %n puntos, indicados abajo. No se puede aprobar. Pida al coordinador de producción que regenere la lista de materiales, o rechácela.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BOM version %1 of build %2 was generated from catalog revision %3; this PC has revision %4, an older one, and with it the configuration does not give this BOM, so it cannot be approved yet. The catalog of this PC is being updated: try again in a moment.</source>
        <translation>La versión %1 de la lista de materiales de la fabricación %2 se generó a partir de la revisión %3 del catálogo; este equipo tiene la revisión %4, más antigua, con la que la configuración no da esta lista de materiales, así que aún no se puede aprobar. El catálogo de este equipo se está actualizando: vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>BOM version %1 of build %2 was generated from catalog revision %3; this PC has revision %4, and with it the configuration does not give this BOM, so it cannot be approved. Ask the production coordinator to regenerate the BOM.</source>
        <translation>La versión %1 de la lista de materiales de la fabricación %2 se generó a partir de la revisión %3 del catálogo; este equipo tiene la revisión %4, con la que la configuración no da esta lista de materiales, así que no se puede aprobar. Pida al coordinador de producción que regenere la lista de materiales.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BOM version %1 of build %2 could not be checked against its configuration, so it cannot be approved now: %3</source>
        <translation>La versión %1 de la lista de materiales de la fabricación %2 no se pudo comprobar con su configuración, así que no se puede aprobar ahora: %3</translation>
    </message>
</context>
<context>
    <name>cs::ui::BomFlatModel</name>
    <message>
        <location filename="../src/ui/orders/bomflatmodel.cpp" line="+50"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total qty</source>
        <translation>Cant. total</translation>
    </message>
</context>
<context>
    <name>cs::ui::BomPreviewWidget</name>
    <message>
        <location filename="../src/ui/wizard/bompreviewwidget.cpp" line="+21"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Updating the BOM…</source>
        <translation>Actualizando la lista de materiales…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warnings:
• %1</source>
        <translation>Advertencias:
• %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The BOM appears when this build&apos;s configuration is complete.</source>
        <translation>La lista de materiales aparece cuando la configuración de esta fabricación está completa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 × %2
%3
%4</source>
        <translation>%1 × %2
%3
%4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Build %1 · top-level lines: %2 · distinct parts: %3</source>
        <translation>Fabricación %1 · líneas de primer nivel: %2 · piezas distintas: %3</translation>
    </message>
</context>
<context>
    <name>cs::ui::BomRuleText</name>
    <message>
        <location filename="../src/ui/orders/bomruletext.cpp" line="+13"/>
        <source>Manual kit in the order&apos;s language</source>
        <translation>Kit de manual en el idioma del pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sink body for the length</source>
        <translation>Cuerpo del fregadero según el largo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legs kit for the height and leg model</source>
        <translation>Kit de patas según la altura y el modelo de pata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feet as chosen</source>
        <translation>Apoyos o ruedas según lo elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overhead light kit, as the sink has a pegboard</source>
        <translation>Kit de luz superior, ya que el fregadero tiene panel perforado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pegboard kit of the chosen type</source>
        <translation>Kit de panel perforado del tipo elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pegboard panel as long as the sink</source>
        <translation>Panel perforado del largo del fregadero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pegboard panel made to the ordered size</source>
        <translation>Panel perforado a medida, del tamaño pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pegboard colour</source>
        <translation>Color del panel perforado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basin kit for the basin&apos;s type</source>
        <translation>Kit de seno según el tipo de seno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basin of a standard size</source>
        <translation>Seno de tamaño estándar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basin made to the ordered size</source>
        <translation>Seno a medida, del tamaño pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control box for the E-Drain and E-Sink basins</source>
        <translation>Caja de control para los senos E-Drain y E-Sink</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P-trap for a basin</source>
        <translation>Unidad de desinfección del sifón para un seno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light for a basin</source>
        <translation>Luz para un seno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faucet kit for the faucet&apos;s type</source>
        <translation>Kit de grifo según el tipo de grifo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprayer kit for the sprayer&apos;s type</source>
        <translation>Kit de pistola según el tipo de pistola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accessory as ordered</source>
        <translation>Accesorio según el pedido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (rule %2)</source>
        <translation>%1 (regla %2)</translation>
    </message>
</context>
<context>
    <name>cs::ui::BomTreeModel</name>
    <message>
        <location filename="../src/ui/orders/bomtreemodel.cpp" line="+76"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended qty</source>
        <translation>Cant. acumulada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>cs::ui::CatalogImportDialog</name>
    <message>
        <location filename="../src/ui/admin/catalogimportdialog.cpp" line="+35"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Elegir la carpeta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the catalog</source>
        <translation>Importar el catálogo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A folder with categories.json, parts.json and assemblies.json</source>
        <translation>Una carpeta con categories.json, parts.json y assemblies.json</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Catalog folder</source>
        <translation>Carpeta del catálogo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading and checking the catalog files…</source>
        <translation>Leyendo y comprobando los archivos del catálogo…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the folder of the catalog files. They are checked before anything is imported, and imported only when you confirm.</source>
        <translation>Elija la carpeta de los archivos del catálogo. Se comprueban antes de importar nada y solo se importan al confirmar.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n problem found; nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>Se ha encontrado %n problema; no se puede importar nada hasta que se corrija el archivo.</numerusform>
            <numerusform>Se han encontrado %n problemas; no se puede importar nada hasta que se corrija el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problems found; nothing can be imported until the files are corrected.</source>
        <translation>
            <numerusform>Se ha encontrado %n problema; no se puede importar nada hasta que se corrijan los archivos.</numerusform>
            <numerusform>Se han encontrado %n problemas; no se puede importar nada hasta que se corrijan los archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The catalog files have %n problem, listed below.</source>
        <translation>
            <numerusform>Los archivos del catálogo tienen %n problema, indicado abajo.</numerusform>
            <numerusform>Los archivos del catálogo tienen %n problemas, indicados abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The catalog files have %n problems, listed below.</source>
        <translation>
            <numerusform>Los archivos del catálogo tienen %n problema, indicado abajo.</numerusform>
            <numerusform>Los archivos del catálogo tienen %n problemas, indicados abajo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found. The files hold %1 categories, %2 subcategories, %3 parts and %4 assemblies with %5 component lines.</source>
        <translation>No se ha encontrado ningún problema. Los archivos contienen %1 categorías, %2 subcategorías, %3 piezas y %4 conjuntos con %5 líneas de componentes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import %1 parts and %2 assemblies from %3?

Items already in the catalog are updated, items not in the files are kept. New orders use the imported catalog; BOMs already frozen do not change.</source>
        <translation>¿Importar %1 piezas y %2 conjuntos desde %3?

Los artículos que ya están en el catálogo se actualizan y los que no están en los archivos se conservan. Los pedidos nuevos usan el catálogo importado; las listas de materiales ya congeladas no cambian.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the server was lost during the import. It was either imported whole or not at all. Importing the same files again is safe (unchanged items are not rewritten).</source>
        <translation>Se perdió la conexión con el servidor durante la importación. Se importó todo o nada. Volver a importar los mismos archivos es seguro (los artículos sin cambios no se reescriben).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the import; nothing was imported: %1</source>
        <translation>El servidor rechazó la importación; no se importó nada: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported: %1 parts, %2 assemblies, %3 component lines. The catalog is now at revision %4.</source>
        <translation>Importado: %1 piezas, %2 conjuntos, %3 líneas de componentes. El catálogo está ahora en la revisión %4.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../src/ui/shell/changepassworddialog.cpp" line="+32"/>
        <source>The new password and its repetition differ.</source>
        <translation>La nueva contraseña y su repetición no coinciden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new password needs at least 8 characters.</source>
        <translation>La nueva contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing the password…</source>
        <translation>Cambiando la contraseña…</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChecklistDrawingView</name>
    <message>
        <location filename="../src/ui/qc/checklistdrawingview.cpp" line="+44"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The drawing is not a PDF this PC can show.</source>
        <translation>El plano no es un PDF que este equipo pueda mostrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>No drawing is attached to the order.</source>
        <translation>No hay ningún plano adjunto al pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the drawing…</source>
        <translation>Cargando el plano…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The drawing is no longer stored with the order.</source>
        <translation>El plano ya no está guardado con el pedido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drawing could not be read: %1</source>
        <translation>No se ha podido leer el plano: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The drawing is neither a PDF nor an image this PC can show. Open it from the order&apos;s documents.</source>
        <translation>El plano no es ni un PDF ni una imagen que este equipo pueda mostrar. Ábralo desde los documentos del pedido.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChecklistFailDialog</name>
    <message>
        <location filename="../src/ui/qc/checklistfaildialog.cpp" line="+30"/>
        <source>Record a Final QC FAIL</source>
        <translation>Registrar un control de calidad final NO CONFORME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a Pre-QC FAIL</source>
        <translation>Registrar un control de calidad previo NO CONFORME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what is wrong. The result is then signed with your password; the build moves to the status you choose below.</source>
        <translation>Indique qué está mal. Después, el resultado se firma con su contraseña; la fabricación pasa al estado que elija abajo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At least 3 characters</source>
        <translation>Al menos 3 caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Category:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rework in-house: the build goes to “%1”</source>
        <translation>Reproceso interno: la fabricación pasa a «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rework: the build goes to “%1”</source>
        <translation>Sin reproceso: la fabricación pasa a «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rework:</source>
        <translation>Reproceso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next: sign…</source>
        <translation>&amp;Siguiente: firmar…</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChecklistItemWidget</name>
    <message>
        <location filename="../src/ui/qc/checklistitemwidget.cpp" line="+429"/>
        <source>“%1” is not a number (%2); not saved.</source>
        <translation>«%1» no es un número (%2); no se guardó.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the test fails.</source>
        <translation>%1: la prueba falla.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a number; not saved.</source>
        <translation>«%1» no es un número; no se ha guardado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a date (YYYY-MM-DD); not saved.</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD); no se ha guardado.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept on this PC: sent when the connection is back</source>
        <translation>Conservado en este equipo: se enviará cuando se restablezca la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Section verified</source>
        <translation>Sección verificada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N/A: %1</source>
        <translation>N/A: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected: %1</source>
        <translation>esperado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quantity: %1</source>
        <translation>cantidad: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>limits: %1 to %2</source>
        <translation>límites: %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PASS</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>NO CONFORME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;%1 (%2)</source>
        <translation>&amp;%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why N/A? (then Enter)</source>
        <translation>¿Por qué N/A? (luego Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe “Other” (then Enter)</source>
        <translation>Describa «Otro» (luego Intro)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan or type the serial</source>
        <translation>Escanee o escriba el número de serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials</source>
        <translation>Iniciales</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChecklistPage</name>
    <message>
        <location filename="../src/ui/qc/checklistpage.cpp" line="+417"/>
        <source>The checklist could not be opened: the server cannot be reached right now. Open it again when the connection is back.</source>
        <translation>No se ha podido abrir la lista de control: no se puede contactar con el servidor en este momento. Vuelva a abrirla cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checklist could not be opened: %1</source>
        <translation>No se ha podido abrir la lista de control: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+398"/>
        <location line="+451"/>
        <source>Server code %1 (SQLSTATE %2)</source>
        <translation>Código del servidor %1 (SQLSTATE %2)</translation>
    </message>
    <message>
        <location line="-808"/>
        <source>The checklist could not be read: the server cannot be reached right now. What you answer is kept on this PC and sent when the connection is back.</source>
        <translation>No se ha podido leer la lista de control: no se puede contactar con el servidor en este momento. Lo que responda se conserva en este equipo y se envía cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checklist could not be read: %1</source>
        <translation>No se ha podido leer la lista de control: %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents (%1)</source>
        <translation>Documentos (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approved drawing</source>
        <translation>Plano aprobado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawing</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order</source>
        <translation>Orden de compra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order confirmation</source>
        <translation>Confirmación del pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Your answer could not be kept on this PC (%1); it is being sent now.</source>
        <translation>Su respuesta no se ha podido conservar en este equipo (%1); se está enviando ahora.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The list of answers kept on this PC could not be updated: %1</source>
        <translation>No se ha podido actualizar la lista de respuestas conservadas en este equipo: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cleared: %1</source>
        <translation>Borrado: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection is back: every answer kept on this PC is stored.</source>
        <translation>La conexión se ha restablecido: todas las respuestas conservadas en este equipo están guardadas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: changed by someone else meanwhile (%1). Their answer is shown.</source>
        <translation>No guardado: otra persona lo ha cambiado mientras tanto (%1). Se muestra su respuesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 of %2 applicable items</source>
        <translation>%1 de %2 puntos aplicables</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing is missing here.</source>
        <translation>No falta nada aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is missing for a pass.</source>
        <translation>No falta nada para un resultado conforme.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening the checklist…</source>
        <translation>Abriendo la lista de control…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist not loaded</source>
        <translation>Lista de control no cargada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — build %2</source>
        <translation>%1 — fabricación %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Correction: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-448"/>
        <source>Answers kept on this PC that could not be read, and were dropped: %n.</source>
        <translation>
            <numerusform>Respuestas conservadas en este equipo que no se pudieron leer y se descartaron: %n.</numerusform>
            <numerusform>Respuestas conservadas en este equipo que no se pudieron leer y se descartaron: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Answers kept on this PC that were not stored, because the checklist was signed before they could be sent: %n.</source>
        <translation>
            <numerusform>Respuestas conservadas en este equipo que no se guardaron porque la lista de control se firmó antes de poder enviarlas: %n.</numerusform>
            <numerusform>Respuestas conservadas en este equipo que no se guardaron porque la lista de control se firmó antes de poder enviarlas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+286"/>
        <source>“%1” was changed by someone else: %2. Their answer is shown; answer again if it is wrong.</source>
        <translation>Otra persona ha cambiado «%1»: %2. Se muestra su respuesta; responda de nuevo si es incorrecta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your answer to “%1” was not saved: %2</source>
        <translation>Su respuesta a «%1» no se ha guardado: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The server cannot be reached. Answers kept on this PC, to be sent when the connection is back: %n. Go on filling in the checklist.</source>
        <translation>
            <numerusform>No se puede contactar con el servidor. Respuestas conservadas en este equipo, que se enviarán cuando se restablezca la conexión: %n. Siga rellenando la lista de control.</numerusform>
            <numerusform>No se puede contactar con el servidor. Respuestas conservadas en este equipo, que se enviarán cuando se restablezca la conexión: %n. Siga rellenando la lista de control.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Still to do: %1. Click one to go to it.</source>
        <translation>Falta: %1. Haga clic en uno para ir a él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing for a pass: %1. Click one to go to it.</source>
        <translation>Falta para un resultado conforme: %1. Haga clic en uno para ir a él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;till to do: nothing</source>
        <translation>Por &amp;hacer: nada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;till to do: %1</source>
        <translation>Por &amp;hacer: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>PO %1 · %2 · status: %3</source>
        <translation>OC %1 · %2 · estado: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form “%1”, template version %2 · attempt %3, revision %4</source>
        <translation>Formulario «%1», versión de la plantilla %2 · intento %3, revisión %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed PASS by %1 (%2) on %3: “%4”.</source>
        <translation>Firmado CONFORME por %1 (%2) el %3: «%4».</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed FAIL by %1 (%2) on %3: “%4”.</source>
        <translation>Firmado NO CONFORME por %1 (%2) el %3: «%4».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build status now: %1.</source>
        <translation>Estado de la fabricación ahora: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category: %1; severity: %2.</source>
        <translation>Categoría: %1; gravedad: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reworked in-house.</source>
        <translation>Reproceso interno.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not reworked.</source>
        <translation>Sin reproceso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record is read-only.</source>
        <translation>Este registro es de solo lectura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content SHA-256: %1</source>
        <translation>SHA-256 del contenido: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This checklist is signed and read-only.</source>
        <translation>Esta lista de control está firmada y es de solo lectura.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Only the assembler who claimed the build (or an admin) can fill in this form.</source>
        <translation>Solo el montador que tomó la fabricación (o un administrador) puede rellenar este formulario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a QC inspector can fill in and sign this checklist.</source>
        <translation>Solo un inspector de calidad puede rellenar y firmar esta lista de control.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This test failed. Fix the cause, then start a new attempt: the failed record is kept.</source>
        <translation>Esta prueba falló. Corrija la causa y empiece un nuevo intento: el registro fallido se conserva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait until the checklist has loaded.</source>
        <translation>Espere a que se cargue la lista de control.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything is answered: sign the PASS, or record a FAIL.</source>
        <translation>Todo está respondido: firme CONFORME o registre NO CONFORME.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Section verified</source>
        <translation>Sección verificada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <comment>item number as printed on the form, item words</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2, basin %3</source>
        <translation>%1 %2, seno %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1, basin %2: %3.</source>
        <translation>%1, seno %2: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Production checklist</source>
        <translation>Lista de producción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-line test</source>
        <translation>Prueba de fin de línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final QC</source>
        <translation>Control de calidad final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre-QC</source>
        <translation>Control de calidad previo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End-of-line test passed</source>
        <translation>Prueba de fin de línea superada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End-of-line test failed</source>
        <translation>Prueba de fin de línea fallida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for inspection</source>
        <translation>Listo para inspección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final QC passed</source>
        <translation>Control de calidad final conforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final QC failed</source>
        <translation>Control de calidad final no conforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-QC passed</source>
        <translation>Control de calidad previo conforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre-QC failed</source>
        <translation>Control de calidad previo no conforme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wait until the checklist has loaded, then try again.</source>
        <translation>Espere a que se cargue la lista de control y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait until the signature that runs now is done.</source>
        <translation>Espere a que termine la firma en curso.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PASS cannot be signed yet: %1</source>
        <translation>Todavía no se puede firmar CONFORME: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record the test as FAILED</source>
        <translation>Registrar la prueba como FALLIDA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What failed, and why? (The build stays in production; after the fix the test is taken again.)</source>
        <translation>¿Qué falló y por qué? (La fabricación sigue en producción; tras la corrección se repite la prueba.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A failed test needs a reason (at least 3 characters).</source>
        <translation>Una prueba fallida necesita un motivo (al menos 3 caracteres).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A new attempt follows a failed end-of-line test only.</source>
        <translation>Un nuevo intento solo sigue a una prueba de fin de línea fallida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening a new attempt of the test…</source>
        <translation>Abriendo un nuevo intento de la prueba…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of build %2, attempt %3, revision %4 (template version %5)</source>
        <translation>%1 de la fabricación %2, intento %3, revisión %4 (versión de la plantilla %5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some answers are not stored yet; wait a moment and sign again.</source>
        <translation>Algunas respuestas aún no están guardadas; espere un momento y vuelva a firmar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking your password and signing…</source>
        <translation>Comprobando su contraseña y firmando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed: %1.</source>
        <translation>Firmado: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not confirmed: the connection was lost before the server answered, so the checklist may or may not be signed. Refresh (F5) when the connection is back to see which. Nothing you answered is lost.</source>
        <translation>Sin confirmar: se perdió la conexión antes de que respondiera el servidor, así que puede que la lista de control se haya firmado o no. Actualice (F5) cuando se restablezca la conexión para saberlo. No se ha perdido nada de lo que respondió.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed: %1 Nothing you answered is lost.</source>
        <translation>No firmado: %1 No se ha perdido nada de lo que respondió.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Correct a signed checklist</source>
        <translation>Corregir una lista de control firmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A correction makes a new revision of this checklist; the signed one is kept. Why is it corrected?</source>
        <translation>Una corrección crea una nueva revisión de esta lista de control; la firmada se conserva. ¿Por qué se corrige?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a signed checklist can be corrected.</source>
        <translation>Solo se puede corregir una lista de control firmada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A correction needs a reason (at least 3 characters).</source>
        <translation>Una corrección necesita un motivo (al menos 3 caracteres).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making a new revision…</source>
        <translation>Creando una nueva revisión…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No new revision was made: %1</source>
        <translation>No se ha creado ninguna revisión nueva: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new revision is open: correct the answers, then sign it again.</source>
        <translation>Hay una nueva revisión abierta: corrija las respuestas y vuelva a firmarla.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the server says the checklist is not complete: %1.</source>
        <translation>el servidor indica que la lista de control no está completa: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your role may not do this.</source>
        <translation>su rol no permite hacerlo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Attach a photo or file to “%1” (basin %2)…</source>
        <translation>Adjuntar una foto o un archivo a «%1» (seno %2)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach a photo or file to “%1”…</source>
        <translation>Adjuntar una foto o un archivo a «%1»…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (whole form), %2</source>
        <translation>%1 (formulario completo), %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, basin %3), %4</source>
        <translation>%1 (%2, seno %3), %4</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Attach a photo or file to the whole form…</source>
        <translation>Adjuntar una foto o un archivo al formulario completo…</translation>
    </message>
    <message numerus="yes">
        <location line="-356"/>
        <source>Answers waiting for the connection: %n. Signing waits until they are stored.</source>
        <translation>
            <numerusform>Respuestas en espera de la conexión: %n. La firma espera a que se guarden.</numerusform>
            <numerusform>Respuestas en espera de la conexión: %n. La firma espera a que se guarden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saving answers, %n to go…</source>
        <translation>
            <numerusform>Guardando respuestas, falta %n…</numerusform>
            <numerusform>Guardando respuestas, faltan %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>PASS needs every applicable item. Still missing: %n (see the list).</source>
        <translation>
            <numerusform>CONFORME necesita todos los puntos aplicables. Falta todavía: %n (vea la lista).</numerusform>
            <numerusform>CONFORME necesita todos los puntos aplicables. Faltan todavía: %n (vea la lista).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Header of the form</source>
        <translation>Encabezado del formulario</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, section verified: %2.</source>
        <comment>the section&apos;s heading, what its tick lacks</comment>
        <translation>%1, sección verificada: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Not yet. Answers still to be stored on the server: %n. Sign when they are saved.</source>
        <translation>
            <numerusform>Todavía no. Respuestas aún por guardar en el servidor: %n. Firme cuando estén guardadas.</numerusform>
            <numerusform>Todavía no. Respuestas aún por guardar en el servidor: %n. Firme cuando estén guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+271"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attach a photo or file</source>
        <translation>Adjuntar una foto o un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (%1)</source>
        <translation>Fotos y documentos (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attaching %1…</source>
        <translation>Adjuntando %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was not attached: %2</source>
        <translation>%1 no se adjuntó: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is attached.</source>
        <translation>%1 está adjunto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the record for printing…</source>
        <translation>Leyendo el registro para imprimirlo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was printed: a new revision of the checklist was opened meanwhile. Print again to print it.</source>
        <translation>No se imprimió nada: mientras tanto se abrió una nueva revisión del registro. Vuelva a imprimir para imprimirla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record could not be read for printing: %1</source>
        <translation>No se pudo leer el registro para imprimirlo: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The record&apos;s photos could not be read: %1</source>
        <translation>No se pudieron leer las fotos del registro: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The print shows the record as stored. Answers given here and not yet stored are not on it: %n.</source>
        <translation>
            <numerusform>La impresión muestra el registro tal como está guardado. Las respuestas dadas aquí y aún no guardadas no aparecen: %n.</numerusform>
            <numerusform>La impresión muestra el registro tal como está guardado. Las respuestas dadas aquí y aún no guardadas no aparecen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 record of build %2</source>
        <translation>Registro de %1 de la fabricación %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Actualizar (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drawing</source>
        <translation>&amp;Plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and &amp;files</source>
        <translation>Fotos y a&amp;rchivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;record…</source>
        <translation>Imprimir el regis&amp;tro…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;PASS…</source>
        <translation>Firmar &amp;CONFORME…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;FAIL…</source>
        <translation>Registrar &amp;NO CONFORME…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct… (new revision)</source>
        <translation>C&amp;orregir… (nueva revisión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a &amp;new attempt</source>
        <translation>Empezar un &amp;nuevo intento</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChecklistSectionWidget</name>
    <message>
        <location filename="../src/ui/qc/checklistsectionwidget.cpp" line="+114"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 — basin %3</source>
        <translation>%1 %2 — seno %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — N/A: %2</source>
        <translation>%1 — N/A: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Section &amp;initials:</source>
        <translation>&amp;Iniciales de la sección:</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChecklistTemplatesDialog</name>
    <message>
        <location filename="../src/ui/admin/checklisttemplatesdialog.cpp" line="+43"/>
        <source>Pre-QC</source>
        <translation>Control de calidad previo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final QC</source>
        <translation>Control de calidad final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production checks (CLP)</source>
        <translation>Controles de producción (CLP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-line test (CLT)</source>
        <translation>Prueba de fin de línea (CLT)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+25"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published, in use</source>
        <translation>Publicada, en uso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published, replaced</source>
        <translation>Publicada, sustituida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creada el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published by</source>
        <translation>Publicada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publicada el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklists filled on it</source>
        <translation>Listas completadas con ella</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Build</source>
        <translation>Fabricación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(result only)</source>
        <translation>(solo resultado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, revision %2</source>
        <translation>%1, revisión %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PASS</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>NO CONFORME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open, not signed</source>
        <translation>abierta, sin firmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no signature</source>
        <translation>sin firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed</source>
        <translation>Firmada el</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Import a template file…</source>
        <translation>&amp;Importar un archivo de plantilla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish this draft…</source>
        <translation>&amp;Publicar este borrador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View content</source>
        <translation>&amp;Ver el contenido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist templates</source>
        <translation>Plantillas de listas de control</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each form keeps every version. New checklists use the published version marked “in use”; a checklist keeps the version it was started on. A published version never changes: to change a form, import a new version and publish it.</source>
        <translation>Cada formulario conserva todas sus versiones. Las listas nuevas usan la versión publicada marcada «en uso»; una lista conserva la versión con la que se empezó. Una versión publicada nunca cambia: para cambiar un formulario, importe una versión nueva y publíquela.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No checklist was filled on %1 version %2.</source>
        <translation>No se ha rellenado ninguna lista de control con %1 versión %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Checklists filled on %1 version %2 (%n):</source>
        <translation>
            <numerusform>Lista de control rellenada con %1 versión %2 (%n):</numerusform>
            <numerusform>Listas de control rellenadas con %1 versión %2 (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checklists of this version could not be read: %1</source>
        <translation>No se pudieron leer las listas de control de esta versión: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a version to see the checklists filled on it.</source>
        <translation>Seleccione una versión para ver las listas de control rellenadas con ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the checklists of %1 version %2…</source>
        <translation>Leyendo las listas de control de %1 versión %2…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Only a draft can be published; this version is published.</source>
        <translation>Solo se puede publicar un borrador; esta versión ya está publicada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a checklist template</source>
        <translation>Importar una plantilla de lista de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist templates (*.json)</source>
        <translation>Plantillas de listas de control (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a checklist template</source>
        <translation>una plantilla de lista de control</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking and storing %1…</source>
        <translation>Comprobando y guardando %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template refused</source>
        <translation>Plantilla rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was stored. Correct these problems in the file and import it again.</source>
        <translation>No se guardó nada. Corrija estos problemas en el archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 version %2 is stored as a draft. Check it, then publish it.</source>
        <translation>%1 versión %2 está guardada como borrador. Revísela y luego publíquela.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Publish version %1?</source>
        <translation>¿Publicar la versión %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New %1 checklists will use version %2 of “%3”. Checklists already started keep their version. A published version cannot be changed or deleted.</source>
        <translation>Las nuevas listas «%1» usarán la versión %2 de «%3». Las listas ya empezadas conservan su versión. Una versión publicada no se puede cambiar ni borrar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 version %2 is published; new checklists use it.</source>
        <translation>%1 versión %2 está publicada; las listas nuevas la usan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
</context>
<context>
    <name>cs::ui::ConflictDialog</name>
    <message>
        <location filename="../src/ui/orders/conflictdialog.cpp" line="+21"/>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite with my values</source>
        <translation>Sobrescribir con mis &amp;valores</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Build %1 was changed by someone else on %2, after you opened it.</source>
        <translation>Otra persona modificó la fabricación %1 el %2, después de que usted la abriera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build %1 was changed by %2 on %3, after you opened it.</source>
        <translation>%2 modificó la fabricación %1 el %3, después de que usted la abriera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed:</source>
        <translation>Qué ha cambiado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since you opened it:</source>
        <translation>Desde que la abrió:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  • %1, %2: %3</source>
        <translation>  • %1, %2: %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload to see the new version (your edits are lost), overwrite it with your values, or cancel.</source>
        <translation>Recargue para ver la nueva versión (sus cambios se pierden), sobrescríbala con sus valores o cancele.</translation>
    </message>
</context>
<context>
    <name>cs::ui::CreateUserDialog</name>
    <message>
        <location filename="../src/ui/admin/useradmindialog.cpp" line="+87"/>
        <source>The password and its repetition differ.</source>
        <translation>La contraseña y su repetición no coinciden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the user…</source>
        <translation>Creando el usuario…</translation>
    </message>
</context>
<context>
    <name>cs::ui::DocumentsModel</name>
    <message>
        <location filename="../src/ui/orders/documentsmodel.cpp" line="+35"/>
        <source>Purchase order</source>
        <translation>Orden de compra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved drawing</source>
        <translation>Plano aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded by</source>
        <translation>Subido por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
</context>
<context>
    <name>cs::ui::HomeWidget</name>
    <message>
        <location filename="../src/ui/shell/homewidget.cpp" line="+46"/>
        <location line="+20"/>
        <location line="+40"/>
        <source>Build</source>
        <translation>Fabricación</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+20"/>
        <location line="+40"/>
        <source>PO</source>
        <translation>Orden de compra</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+20"/>
        <location line="+40"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <location line="+86"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+60"/>
        <source>Want date</source>
        <translation>Fecha deseada</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>BOMs awaiting approval</source>
        <translation>Listas de materiales pendientes de aprobación</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>BOM version</source>
        <translation>Versión de la lista de materiales</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Production checks</source>
        <translation>Controles de producción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed (attempt %1)</source>
        <translation>fallida (intento %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt %1 open</source>
        <translation>intento %1 abierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packaging</source>
        <translation>Embalaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the test</source>
        <translation>después de la prueba</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Generated</source>
        <translation>Generada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique parts</source>
        <translation>Piezas distintas</translation>
    </message>
    <message numerus="yes">
        <location line="+316"/>
        <source>%n row; the list stops at the oldest want dates</source>
        <translation>
            <numerusform>%n fila; la lista se detiene en las fechas deseadas más antiguas</numerusform>
            <numerusform>%n filas; la lista se detiene en las fechas deseadas más antiguas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows; the list stops at the oldest want dates</source>
        <translation>
            <numerusform>%n fila; la lista se detiene en las fechas deseadas más antiguas</numerusform>
            <numerusform>%n filas; la lista se detiene en las fechas deseadas más antiguas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+15"/>
        <location line="+207"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-540"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <location line="-44"/>
        <source>%n item to confirm</source>
        <translation>
            <numerusform>%n artículo por confirmar</numerusform>
            <numerusform>%n artículos por confirmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n items to confirm</source>
        <translation>
            <numerusform>%n artículo por confirmar</numerusform>
            <numerusform>%n artículos por confirmar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 × %2, %3 approved</source>
        <translation>%1 × %2, cantidad aprobada: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts</source>
        <translation>Piezas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parts sent, waiting for arrival</source>
        <translation>Piezas enviadas, en espera de llegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting Pre-QC</source>
        <translation>Pendientes del control de calidad previo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting Final QC</source>
        <translation>Pendientes del control de calidad final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production queue</source>
        <translation>Cola de producción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My builds</source>
        <translation>Mis fabricaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service parts</source>
        <translation>Piezas de repuesto</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Service requests</source>
        <translation>Solicitudes de servicio</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Processed</source>
        <translation>Procesada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>My service requests</source>
        <translation>Mis solicitudes de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All orders</source>
        <translation>Todos los pedidos</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>%1: could not be read (%2)</source>
        <translation>%1: no se pudo leer (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2+)</source>
        <translation>%1 (%2+)</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrar (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>cs::ui::ItemViewText</name>
    <message>
        <location filename="../src/ui/common/itemviewtext.cpp" line="+243"/>
        <location line="+50"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>cs::ui::LabelPrinting</name>
    <message>
        <location filename="../src/ui/printing/labelprinting.cpp" line="+32"/>
        <location line="+32"/>
        <source>The labels cannot be made: %1</source>
        <translation>No se pueden crear las etiquetas: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Labels of build %1</source>
        <translation>Etiquetas de la fabricación %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The labels could not be drawn: %1</source>
        <translation>No se han podido dibujar las etiquetas: %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::LockDialog</name>
    <message>
        <location filename="../src/ui/shell/lockdialog.cpp" line="+53"/>
        <source>That password is not correct.</source>
        <translation>Esa contraseña no es correcta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached, so the password cannot be checked. Try again in a moment.</source>
        <translation>No se puede contactar con el servidor, así que no se puede comprobar la contraseña. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workstation cannot be unlocked for this account. Switch user instead.</source>
        <translation>El puesto no se puede desbloquear para esta cuenta. Cambie de usuario.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (%2) is logged in. Enter your password to continue where you left off, or switch user.</source>
        <translation>%1 (%2) tiene la sesión iniciada. Introduzca su contraseña para continuar donde lo dejó, o cambie de usuario.</translation>
    </message>
</context>
<context>
    <name>cs::ui::LoginDialog</name>
    <message>
        <location filename="../src/ui/shell/logindialog.cpp" line="+38"/>
        <source>CA certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificados (*.crt *.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>This computer has no password keychain, so CleanStation cannot remember passwords here. Type your password each time.</source>
        <translation>Este equipo no tiene llavero de contraseñas, así que CleanStation no puede recordar contraseñas aquí. Escriba su contraseña cada vez.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Enter a name, host and database for the server.</source>
        <translation>Introduzca un nombre, un host y una base de datos para el servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your user name and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The user name or password is not correct. Check both (is Caps Lock on?) and try again.</source>
        <translation>El nombre de usuario o la contraseña no son correctos. Compruebe ambos (¿está activado Bloq Mayús?) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the server %1 on port %2. Check the network connection and the server name, or ask IT whether the server is running.</source>
        <translation>No se puede contactar con el servidor %1 en el puerto %2. Compruebe la conexión de red y el nombre del servidor, o pregunte a informática si el servidor está en marcha.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 did not answer within %2 seconds. It may be very busy (at the start of a shift) or not working properly: try again in a minute, and if it happens again, ask IT.</source>
        <translation>El servidor %1 no respondió en %2 segundos. Puede estar muy ocupado (al comienzo de un turno) o no funcionar correctamente: inténtelo de nuevo dentro de un minuto y, si vuelve a ocurrir, avise al departamento de informática.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure (TLS) connection to the server could not be set up. Check the encryption setting and the CA certificate in the connection details, or ask IT.</source>
        <translation>No se ha podido establecer la conexión segura (TLS) con el servidor. Compruebe el ajuste de cifrado y el certificado de la CA en los detalles de la conexión, o pregunte a informática.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has no database named &quot;%1&quot;. Check the database name in the connection details.</source>
        <translation>El servidor no tiene ninguna base de datos llamada «%1». Compruebe el nombre de la base de datos en los detalles de la conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is older than this version of CleanStation (database version %1, this program needs %2). Ask your administrator to update the database.</source>
        <translation>La base de datos es más antigua que esta versión de CleanStation (versión de la base de datos %1, este programa necesita la %2). Pida a su administrador que actualice la base de datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is newer than this version of CleanStation (database version %1, this program knows %2). Install the current version of CleanStation.</source>
        <translation>La base de datos es más reciente que esta versión de CleanStation (versión de la base de datos %1, este programa conoce la %2). Instale la versión actual de CleanStation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database structure does not match this version of CleanStation (it was changed or set up by a different version). Ask your administrator to check the database before anyone uses it.</source>
        <translation>La estructura de la base de datos no corresponde a esta versión de CleanStation (fue modificada o instalada por otra versión). Pida a su administrador que revise la base de datos antes de que nadie la use.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account is deactivated. Ask an administrator if you need access again.</source>
        <translation>Su cuenta está desactivada. Pida acceso a un administrador si lo vuelve a necesitar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This login has no CleanStation role. Ask an administrator to set up your account.</source>
        <translation>Este inicio de sesión no tiene ningún rol de CleanStation. Pida a un administrador que configure su cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login failed for an unexpected reason. The details are in the log file %1.</source>
        <translation>El inicio de sesión ha fallado por un motivo inesperado. Los detalles están en el archivo de registro %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Off (not recommended)</source>
        <translation>Desactivado (no recomendado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use if the server offers it</source>
        <translation>Usar si el servidor lo ofrece</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, verify the server&apos;s CA</source>
        <translation>Obligatorio, verificar la CA del servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required, verify CA and host name</source>
        <translation>Obligatorio, verificar la CA y el nombre del host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>cs::ui::MainWindow</name>
    <message>
        <location filename="../src/ui/shell/mainwindow.cpp" line="+101"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Unfinished order</source>
        <translation>Pedido sin terminar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An order you had not submitted (PO %1) was kept on %2. Continue it now?</source>
        <translation>Se conservó el %2 un pedido que no había enviado (orden de compra %1). ¿Continuarlo ahora?</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not entered</source>
        <translation>sin introducir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An order you had not submitted (PO %1) was kept on %2. Only one unfinished order is kept: continue it, or discard it and start a new order?</source>
        <translation>Se guardó el %2 un pedido que no había enviado (orden de compra %1). Solo se guarda un pedido sin terminar: ¿continuarlo, o descartarlo y empezar un pedido nuevo?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Continue the order</source>
        <translation>&amp;Continuar el pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard it and start a new order</source>
        <translation>&amp;Descartarlo y empezar un pedido nuevo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Descartarlo</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Looking for order %1…</source>
        <translation>Buscando el pedido %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for build %1…</source>
        <translation>Buscando la fabricación %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>order %1</source>
        <translation>pedido %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>build %1</source>
        <translation>fabricación %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server cannot be reached right now. Try again when the connection is back.</source>
        <translation>No se puede contactar con el servidor en este momento. Vuelva a intentarlo cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record cannot be shown to you.</source>
        <translation>Este registro no se le puede mostrar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No order %1 was found.</source>
        <translation>No se ha encontrado el pedido %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No build with number %1 was found.</source>
        <translation>No se ha encontrado ninguna fabricación con el número %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanned code: %1</source>
        <translation>Código escaneado: %1</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Open by code</source>
        <translation>Abrir por código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build number, or a scanned code (CS:B:…, CS:O:…, CS:P:…):</source>
        <translation>Número de fabricación, o código escaneado (CS:B:…, CS:O:…, CS:P:…):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connection to the server is back.</source>
        <translation>La conexión con el servidor se ha restablecido.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Build %1 is now &quot;%2&quot; (forced; the reason is in its history).</source>
        <translation>La fabricación %1 está ahora en «%2» (forzado; el motivo está en su historial).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build %1 was deleted; the deletion record keeps the reason.</source>
        <translation>La fabricación %1 se ha eliminado; el registro de eliminación conserva el motivo.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;New order…</source>
        <translation>&amp;Nuevo pedido…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CleanStation Production – %1 (%2)</source>
        <translation>CleanStation Production – %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No connection to the server</source>
        <translation>Sin conexión con el servidor</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The server %1 cannot be reached. Your work on screen is kept; actions that need the server are off until the connection is back. Trying again in %n second.</source>
        <translation>
            <numerusform>No se puede contactar con el servidor %1. Su trabajo en pantalla se conserva; las acciones que necesitan el servidor están desactivadas hasta que se restablezca la conexión. Nuevo intento en %n segundo.</numerusform>
            <numerusform>No se puede contactar con el servidor %1. Su trabajo en pantalla se conserva; las acciones que necesitan el servidor están desactivadas hasta que se restablezca la conexión. Nuevo intento en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server %1 cannot be reached. Your work on screen is kept; actions that need the server are off until the connection is back. Trying again in %n seconds.</source>
        <translation>
            <numerusform>No se puede contactar con el servidor %1. Su trabajo en pantalla se conserva; las acciones que necesitan el servidor están desactivadas hasta que se restablezca la conexión. Nuevo intento en %n segundo.</numerusform>
            <numerusform>No se puede contactar con el servidor %1. Su trabajo en pantalla se conserva; las acciones que necesitan el servidor están desactivadas hasta que se restablezca la conexión. Nuevo intento en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderAdminDialog</name>
    <message>
        <location filename="../src/ui/admin/orderadmindialog.cpp" line="+32"/>
        <source>The connection to the server was lost: the change to build %1 may or may not have been made. Find the build again and look before trying again.</source>
        <translation>Se perdió la conexión con el servidor: puede que el cambio en la fabricación %1 se haya hecho o no. Vuelva a buscar la fabricación y compruébela antes de intentarlo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone changed build %1 after it was read. It was read again: check its status and try again.</source>
        <translation>Alguien cambió la fabricación %1 después de leerla. Se ha vuelto a leer: compruebe su estado e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+251"/>
        <source>Give a reason of at least %1 characters.</source>
        <translation>Indique un motivo de al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Only an administrator may do this.</source>
        <translation>Solo un administrador puede hacer esto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build %1 no longer exists.</source>
        <translation>La fabricación %1 ya no existe.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Force the status of a build</source>
        <translation>Forzar el estado de una fabricación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete a build</source>
        <translation>Eliminar una fabricación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build number, e.g. B-24021-1</source>
        <translation>Número de fabricación, p. ej. B-24021-1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why the status is forced (kept in the build&apos;s history)</source>
        <translation>Por qué se fuerza el estado (se conserva en el historial de la fabricación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the build is deleted (kept in the deletion record)</source>
        <translation>Por qué se elimina la fabricación (se conserva en el registro de eliminación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters.</source>
        <translation>Al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Force status…</source>
        <translation>&amp;Forzar el estado…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete build…</source>
        <translation>&amp;Eliminar la fabricación…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Build:</source>
        <translation>Fabri&amp;cación:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New status:</source>
        <translation>&amp;Nuevo estado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Type the number of the build.</source>
        <translation>Escriba el número de la fabricación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading build %1…</source>
        <translation>Leyendo la fabricación %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no build %1.</source>
        <translation>No existe la fabricación %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a build number and press Enter.</source>
        <translation>Escriba un número de fabricación y pulse Intro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Build %1 of PO %2 · %3
Status: %4</source>
        <translation>Fabricación %1 de la orden de compra %2 · %3
Estado: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build %1 of PO %2 · %3
Status: %4 · assigned to %5</source>
        <translation>Fabricación %1 de la orden de compra %2 · %3
Estado: %4 · asignada a %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is the only build of PO %1: the purchase order is deleted with it.</source>
        <translation>Es la única fabricación de la orden de compra %1: la orden de compra se elimina con ella.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PO %1 keeps its other build.</source>
        <translation>La orden de compra %1 conserva su otra fabricación.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>PO %1 keeps its other %n builds.</source>
        <translation>
            <numerusform>La orden de compra %1 conserva sus otras %n fabricaciones.</numerusform>
            <numerusform>La orden de compra %1 conserva sus otras %n fabricaciones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Force build %1 from &quot;%2&quot; to &quot;%3&quot;?

The workflow&apos;s checks and signatures are skipped. The change is flagged in the build&apos;s history with your name and the reason.</source>
        <translation>¿Forzar el paso de la fabricación %1 de «%2» a «%3»?

Se omiten los controles y las firmas del flujo. El cambio queda marcado en el historial de la fabricación con su nombre y el motivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete build %1 (PO %2, %3)?

The order, its BOMs, history and documents are removed. A deletion record keeps your name, the reason, the order and its history. This cannot be undone in the program.</source>
        <translation>¿Eliminar la fabricación %1 (orden de compra %2, %3)?

Se eliminan el pedido, sus listas de materiales, su historial y sus documentos. Un registro de eliminación conserva su nombre, el motivo, el pedido y su historial. Esto no se puede deshacer en el programa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purchase order %1 is deleted with it.</source>
        <translation>La orden de compra %1 se elimina con ella.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Force status</source>
        <translation>Forzar el estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete build</source>
        <translation>Eliminar la fabricación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find the build first.</source>
        <translation>Busque primero la fabricación.</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderBoardModel</name>
    <message>
        <location filename="../src/ui/orders/orderboardmodel.cpp" line="+40"/>
        <source>PO</source>
        <translation>Orden de compra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build</source>
        <translation>Fabricación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Want date</source>
        <translation>Fecha deseada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Late: the want date has passed and the build has not shipped.</source>
        <translation>Con retraso: la fecha deseada ha pasado y la fabricación no se ha enviado.</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderBoardWidget</name>
    <message>
        <location filename="../src/ui/orders/orderboardwidget.cpp" line="+127"/>
        <source>Export travelers PDF</source>
        <translation>Exportar las hojas de ruta en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n build shown; scroll for more</source>
        <translation>
            <numerusform>%n fabricación mostrada; desplácese para ver más</numerusform>
            <numerusform>%n fabricaciones mostradas; desplácese para ver más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n builds shown; scroll for more</source>
        <translation>
            <numerusform>%n fabricación mostrada; desplácese para ver más</numerusform>
            <numerusform>%n fabricaciones mostradas; desplácese para ver más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n build</source>
        <translation>
            <numerusform>%n fabricación</numerusform>
            <numerusform>%n fabricaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n builds</source>
        <translation>
            <numerusform>%n fabricación</numerusform>
            <numerusform>%n fabricaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print travelers…</source>
        <translation>&amp;Imprimir las hojas de ruta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export travelers PDF…</source>
        <translation>&amp;Exportar las hojas de ruta en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderBomTab</name>
    <message>
        <location filename="../src/ui/orders/orderbomtab.cpp" line="+84"/>
        <source>This build has no generated BOM.</source>
        <translation>Esta fabricación no tiene lista de materiales generada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BOM version %1, awaiting approval · lines: %4 · generated %2 from catalog revision %3</source>
        <translation>Lista de materiales versión %1, pendiente de aprobación · líneas: %4 · generada el %2 a partir de la revisión %3 del catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BOM version %1, approved · lines: %4 · generated %2 from catalog revision %3</source>
        <translation>Lista de materiales versión %1, aprobada · líneas: %4 · generada el %2 a partir de la revisión %3 del catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BOM version %1, rejected · lines: %4 · generated %2 from catalog revision %3</source>
        <translation>Lista de materiales versión %1, rechazada · líneas: %4 · generada el %2 a partir de la revisión %3 del catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BOM version %1 · lines: %4 · generated %2 from catalog revision %3</source>
        <translation>Lista de materiales versión %1 · líneas: %4 · generada el %2 a partir de la revisión %3 del catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 approved by %2 on %3 — “%4”</source>
        <translation>Versión %1 aprobada por %2 el %3 — «%4»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 rejected by %2 on %3 — “%4”</source>
        <translation>Versión %1 rechazada por %2 el %3 — «%4»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This decision was on an earlier version; the current version needs its own approval.</source>
        <translation>Esta decisión se tomó sobre una versión anterior; la versión actual necesita su propia aprobación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No approval decision yet.</source>
        <translation>Todavía no hay decisión de aprobación.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the BOM…</source>
        <translation>Comprobando la lista de materiales…</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderDocumentsTab</name>
    <message>
        <location filename="../src/ui/orders/orderdocumentstab.cpp" line="+30"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (%1)</source>
        <translation>Documentos (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait until the document being transferred is done, then try again.</source>
        <translation>Espere a que termine la transferencia del documento en curso y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: the server cannot be reached right now. Try again when the connection is back.</source>
        <translation>%1: no se puede contactar con el servidor en este momento. Vuelva a intentarlo cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: your role may not do this.</source>
        <translation>%1: su rol no permite hacerlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not attached: wait until the order has loaded, then attach “%1” again.</source>
        <translation>No adjuntado: espere a que se cargue el pedido y vuelva a adjuntar «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attaching “%1” (%2 MB)…</source>
        <translation>Adjuntando «%1» (%2 MB)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” attached.</source>
        <translation>«%1» adjuntado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” may not have been attached: the connection was lost before the server confirmed it. Check the list of documents when the connection is back.</source>
        <translation>Puede que «%1» no se haya adjuntado: se perdió la conexión antes de que el servidor lo confirmara. Compruebe la lista de documentos cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” may not have been attached: the server did not confirm it. Check the list of documents.</source>
        <translation>Puede que «%1» no se haya adjuntado: el servidor no lo ha confirmado. Compruebe la lista de documentos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was not attached</source>
        <translation>«%1» no se ha adjuntado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” cannot be opened: the folder %2 cannot be made.</source>
        <translation>No se puede abrir «%1»: no se puede crear la carpeta %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening “%1” (%2 MB)…</source>
        <translation>Abriendo «%1» (%2 MB)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving a copy of “%1” (%2 MB)…</source>
        <translation>Guardando una copia de «%1» (%2 MB)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” could not be opened</source>
        <translation>No se ha podido abrir «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No copy of “%1” was saved</source>
        <translation>No se ha guardado ninguna copia de «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: it is no longer stored with this order. Reload to see its documents.</source>
        <translation>%1: ya no está guardado con este pedido. Vuelva a cargar para ver sus documentos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no program on this computer to open %1.</source>
        <translation>No hay ningún programa en este equipo para abrir %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” opened.</source>
        <translation>«%1» abierto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved a copy to %1.</source>
        <translation>Copia guardada en %1.</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderHistoryTab</name>
    <message>
        <location filename="../src/ui/orders/orderhistorytab.cpp" line="+40"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed: %1</source>
        <translation>Cambiado: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forced by an administrator, outside the normal workflow.</source>
        <translation>Forzado por un administrador, fuera del flujo normal.</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderOverviewTab</name>
    <message>
        <location filename="../src/ui/orders/orderoverviewtab.cpp" line="+125"/>
        <location line="+18"/>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not assigned.</source>
        <translation>Sin asignar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to %1.</source>
        <translation>Asignada a %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Move to “%1”</source>
        <translation>Pasar a «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs a note (the reason).</source>
        <translation>Necesita una nota (el motivo).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The order can be edited only while it is “Order created”.</source>
        <translation>El pedido solo se puede modificar mientras está en «Pedido creado».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only coordinators edit orders.</source>
        <translation>Solo los coordinadores modifican pedidos.</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderPage</name>
    <message>
        <location filename="../src/ui/orders/orderpage.cpp" line="+905"/>
        <source>Export BOM as CSV</source>
        <translation>Exportar la lista de materiales en CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export BOM as PDF</source>
        <translation>Exportar la lista de materiales en PDF</translation>
    </message>
    <message>
        <location line="-762"/>
        <location line="+766"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-768"/>
        <source>Export traveler PDF</source>
        <translation>Exportar la hoja de ruta en PDF</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>This order no longer exists; it may have been deleted.</source>
        <translation>Este pedido ya no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order could not be loaded: the server cannot be reached right now. It is read again when the connection is back.</source>
        <translation>No se ha podido cargar el pedido: no se puede contactar con el servidor en este momento. Se volverá a leer cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This order cannot be shown to you.</source>
        <translation>Este pedido no se le puede mostrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order could not be loaded: %1</source>
        <translation>No se ha podido cargar el pedido: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the order…</source>
        <translation>Cargando el pedido…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order not loaded</source>
        <translation>Pedido no cargado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Build %1 — PO %2</source>
        <translation>Fabricación %1 — orden de compra %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build %1</source>
        <translation>Fabricación %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late: wanted %1</source>
        <translation>Con retraso: deseada el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PO %1 · %2%3 · created %4 by %5 · updated %6</source>
        <translation>Orden de compra %1 · %2%3 · creado el %4 por %5 · actualizado el %6</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only a build Ready for production can be claimed (this one is %1).</source>
        <translation>Solo se puede tomar una fabricación Lista para producción (esta está %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds this build; the coordinator can assign it to you.</source>
        <translation>%1 tiene esta fabricación; el coordinador puede asignársela.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Final QC checklist…</source>
        <translation>Lista del control de calidad final…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre-QC checklist…</source>
        <translation>Lista del control de calidad previo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assembler&apos;s bench…</source>
        <translation>Puesto del montador…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Final QC</source>
        <translation>Control de calidad final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production checklist</source>
        <translation>Lista de producción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-line test</source>
        <translation>Prueba de fin de línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-QC</source>
        <translation>Control de calidad previo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, signed by %2 on %3</source>
        <translation>%1, firmado por %2 el %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+211"/>
        <location line="+3"/>
        <source>PASS</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+211"/>
        <location line="+3"/>
        <source>FAIL</source>
        <translation>NO CONFORME</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>%1 attempt %2, revision %3: %4</source>
        <translation>%1 intento %2, revisión %3: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QC records (%1)</source>
        <translation>Registros de control de calidad (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wait until the change that runs now is done, then try again.</source>
        <translation>Espere a que termine el cambio en curso y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait until the order has loaded, then try again.</source>
        <translation>Espere a que se cargue el pedido y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: wait until the order has loaded, then save again.</source>
        <translation>No guardado: espere a que se cargue el pedido y vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving build %1…</source>
        <translation>Guardando la fabricación %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reloaded: your changes were discarded.</source>
        <translation>Recargado: se han descartado sus cambios.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: build %1 was changed by someone else. Your edits are still here.</source>
        <translation>No guardado: otra persona ha modificado la fabricación %1. Sus cambios siguen aquí.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Moving to “%1” needs a note: say why in the note field.</source>
        <translation>Pasar a «%1» necesita una nota: indique el motivo en el campo de nota.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not moved: build %1 stays “%2”.</source>
        <translation>Sin cambio: la fabricación %1 sigue en «%2».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not moved: build %1 changed while you were confirming. Look at it again and repeat the move if it still applies.</source>
        <translation>Sin cambio: la fabricación %1 se modificó mientras usted confirmaba. Revísela de nuevo y repita el cambio si sigue siendo válido.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the build passed Final QC; the ship date below is recorded with the move.</source>
        <translation>la fabricación ha superado el control de calidad final; la fecha de envío de abajo se registra con el cambio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your reason (the note) is required and kept.</source>
        <translation>su motivo (la nota) es obligatorio y se conserva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no signed record is needed for this move.</source>
        <translation>este cambio no necesita ningún registro firmado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BOM version %1 approved and signed by %2 on %3.</source>
        <translation>lista de materiales versión %1 aprobada y firmada por %2 el %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the BOM of build %1 is not approved yet; it must be approved and signed first.</source>
        <translation>la lista de materiales de la fabricación %1 todavía no está aprobada; primero debe aprobarse y firmarse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve and sign the BOM…</source>
        <translation>&amp;Aprobar y firmar la lista de materiales…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre-QC checklist</source>
        <translation>lista del control de calidad previo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final QC checklist</source>
        <translation>lista del control de calidad final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end-of-line test</source>
        <translation>prueba de fin de línea</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 attempt %2 signed %3 by %4 on %5.</source>
        <translation>%1, intento %2, firmado %3 por %4 el %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>build %1 has no signed %2 %3 as its latest result; the checklist must be signed first.</source>
        <translation>el último resultado de la fabricación %1 (%2) no es un resultado %3 firmado; primero hay que firmar la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the %1…</source>
        <translation>A&amp;brir la %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shipped ends the build&apos;s workflow; nobody acts on it after this.</source>
        <translation>«Enviado» termina el flujo de la fabricación; nadie interviene en ella después.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody but an administrator moves the build on from “%1”.</source>
        <translation>Solo un administrador puede hacer avanzar la fabricación desde «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who acts next: %1 (the build shows in their lists as “%2”).</source>
        <translation>Quién interviene después: %1 (la fabricación aparece en sus listas como «%2»).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Shipped: build %1 is recorded as shipped.</source>
        <translation>Enviado: la fabricación %1 queda registrada como enviada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shipping build %1…</source>
        <translation>Enviando la fabricación %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving build %1 to “%2”…</source>
        <translation>Pasando la fabricación %1 a «%2»…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Moved to “%1”.</source>
        <translation>Pasada a «%1».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Shipped on %1</source>
        <translation>Enviada el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carrier not given</source>
        <translation>transportista no indicado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>carrier %1</source>
        <translation>transportista %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tracking number</source>
        <translation>sin número de seguimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tracking %1</source>
        <translation>seguimiento %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded by %1 on %2</source>
        <translation>registrado por %1 el %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving the assignment of build %1…</source>
        <translation>Guardando la asignación de la fabricación %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assignment saved.</source>
        <translation>Asignación guardada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Claiming build %1…</source>
        <translation>Tomando la fabricación %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You claimed build %1.</source>
        <translation>Ha tomado la fabricación %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking BOM version %1 of build %2: regenerating it from the stored configuration…</source>
        <translation>Comprobando la versión %1 de la lista de materiales de la fabricación %2: regenerándola a partir de la configuración guardada…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>this window has no catalog to regenerate the BOM with</source>
        <translation>esta ventana no tiene catálogo con el que regenerar la lista de materiales</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not approved: the BOM of build %1 changed while it was being checked. Look at the new version and approve it again.</source>
        <translation>No aprobada: la lista de materiales de la fabricación %1 cambió mientras se comprobaba. Revise la nueva versión y apruébela de nuevo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>BOM approved</source>
        <translation>Lista de materiales aprobada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BOM rejected</source>
        <translation>Lista de materiales rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOM version %1 of build %2, SHA-256 %3</source>
        <translation>Lista de materiales versión %1 de la fabricación %2, SHA-256 %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wait until the change that runs now is done, then sign again.</source>
        <translation>Espere a que termine el cambio en curso y vuelva a firmar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking your password and signing BOM version %1…</source>
        <translation>Comprobando su contraseña y firmando la versión %1 de la lista de materiales…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>BOM version %1 approved and signed.</source>
        <translation>Lista de materiales versión %1 aprobada y firmada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOM version %1 rejected (signed).</source>
        <translation>Lista de materiales versión %1 rechazada (firmada).</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Wait until the order has loaded and no print runs, then try again.</source>
        <translation>Espere a que se cargue el pedido y a que no haya ninguna impresión en curso, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the traveler of build %1…</source>
        <translation>Escribiendo la hoja de ruta de la fabricación %1…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>build %1 was changed by someone else since you opened it. Reload to see the latest version</source>
        <translation>alguien más ha modificado la fabricación %1 desde que usted la abrió. Recargue para ver la última versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this order no longer exists; it may have been deleted</source>
        <translation>este pedido ya no existe; puede que se haya eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>build %1 can be edited only while it is “%2”</source>
        <translation>la fabricación %1 solo se puede modificar mientras esté «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the BOM of build %1 is not approved yet; it must be approved (signed) first</source>
        <translation>la lista de materiales de la fabricación %1 todavía no está aprobada; primero debe aprobarse (firmarse)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this needs a note: say why</source>
        <translation>se necesita una nota: indique el motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password is not correct; nothing was signed</source>
        <translation>la contraseña no es correcta; no se ha firmado nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the initials do not match your profile; nothing was signed</source>
        <translation>las iniciales no coinciden con su perfil; no se ha firmado nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature needs your password again; nothing was signed</source>
        <translation>la firma necesita de nuevo su contraseña; no se ha firmado nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the BOM of build %1 has been decided already; reload to see the decision</source>
        <translation>ya se ha decidido sobre la lista de materiales de la fabricación %1; recargue para ver la decisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a newer BOM version of build %1 replaced this one; reload to see it</source>
        <translation>una versión más reciente de la lista de materiales de la fabricación %1 ha sustituido a esta; recargue para verla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not confirmed: the connection to the server was lost before it answered, so the change may or may not have been made. Reload when the connection is back to see which.</source>
        <translation>Sin confirmar: se perdió la conexión con el servidor antes de que respondiera, así que puede que el cambio se haya hecho o no. Recargue cuando se restablezca la conexión para saberlo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOM</source>
        <translation>Lista de materiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+11"/>
        <source>BOM exported to %1.</source>
        <translation>Lista de materiales exportada a %1.</translation>
    </message>
    <message>
        <location line="-649"/>
        <location line="+774"/>
        <source>Server code %1 (SQLSTATE %2)</source>
        <translation>Código del servidor %1 (SQLSTATE %2)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not done: %1</source>
        <translation>No realizado: %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderWizard</name>
    <message>
        <location filename="../src/ui/wizard/orderwizard.cpp" line="+65"/>
        <source>New order</source>
        <translation>Nuevo pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Submit order</source>
        <translation>&amp;Enviar el pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No BOM preview: %1</source>
        <translation>Sin vista previa de la lista de materiales: %1</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Faucet %1: choose where it goes.</source>
        <translation>Grifo %1: elija dónde va.</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>The order has been sent and the server is storing it. Wait for its answer before closing the wizard.</source>
        <translation>El pedido se ha enviado y el servidor lo está guardando. Espere su respuesta antes de cerrar el asistente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submitting was stopped before anything was sent; nothing was stored. Submit the order again when you are ready.</source>
        <translation>El envío se detuvo antes de mandar nada; no se ha guardado nada. Vuelva a enviar el pedido cuando esté listo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The catalog is not loaded yet; wait a moment and submit again.</source>
        <translation>El catálogo todavía no está cargado; espere un momento y vuelva a enviar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step 1 of 2 · Preparing the order… Nothing has been sent yet; Cancel stops it.</source>
        <translation>Paso 1 de 2 · Preparando el pedido… Todavía no se ha enviado nada; Cancelar lo detiene.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step 1 of 2 · Reading “%1”: %2 of %3 MB. Nothing has been sent yet; Cancel stops it.</source>
        <translation>Paso 1 de 2 · Leyendo «%1»: %2 de %3 MB. Todavía no se ha enviado nada; Cancelar lo detiene.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Step 2 of 2 · Sending the order to the server and waiting for it to store it (%1 s)…</source>
        <translation>Paso 2 de 2 · Enviando el pedido al servidor y esperando a que lo guarde (%1 s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 2 · Sending the order with its documents (%1 MB) to the server and waiting for it to store them (%2 s)…</source>
        <translation>Paso 2 de 2 · Enviando el pedido con sus documentos (%1 MB) al servidor y esperando a que los guarde (%2 s)…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The connection to the server was lost while the order was being stored, so it may or may not have been stored. Look for PO %1 on the order board before you submit it again. The order is kept as a draft on this computer.</source>
        <translation>Se perdió la conexión con el servidor mientras se guardaba el pedido, así que puede que se haya guardado o no. Busque la orden de compra %1 en el tablero de pedidos antes de volver a enviarlo. El pedido se conserva como borrador en este equipo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server refused the order (%1).</source>
        <translation>El servidor ha rechazado el pedido (%1).</translation>
    </message>
</context>
<context>
    <name>cs::ui::RecordDialog</name>
    <message>
        <location filename="../src/ui/shell/recorddialog.cpp" line="+38"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The server cannot be reached right now. Try again when the connection is back.</source>
        <translation>No se puede contactar con el servidor en este momento. Vuelva a intentarlo cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record cannot be shown to you.</source>
        <translation>Este registro no se le puede mostrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No build with number %1 was found.</source>
        <translation>No se ha encontrado ninguna fabricación con el número %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No order %1 was found.</source>
        <translation>No se ha encontrado el pedido %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No part or assembly %1 was found.</source>
        <translation>No se ha encontrado ninguna pieza ni ningún conjunto %1.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Build:</source>
        <translation>Fabricación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>PO:</source>
        <translation>Orden de compra:</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Sales person:</source>
        <translation>Comercial:</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Want date:</source>
        <translation>Fecha deseada:</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Assignee:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sink:</source>
        <translation>Fregadero:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>Build %1</source>
        <translation>Fabricación %1</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Builds:</source>
        <translation>Fabricaciones:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Build</source>
        <translation>Fabricación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Want date</source>
        <translation>Fecha deseada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Builds</source>
        <translation>Fabricaciones</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Item:</source>
        <translation>Artículo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Item %1</source>
        <translation>Artículo %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::ReworkPanel</name>
    <message>
        <location filename="../src/ui/assembly/reworkpanel.cpp" line="+39"/>
        <source>%1, basin %2</source>
        <translation>%1, seno %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Add a &amp;photo…</source>
        <translation>Añadir una &amp;foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;work done…</source>
        <translation>&amp;Reproceso terminado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was done (the rework&apos;s notes, for the record and the inspector):</source>
        <translation>&amp;Qué se hizo (las notas del reproceso, para el registro y para el inspector):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters, e.g. “Drain valve of basin 1 replaced, new gasket.”</source>
        <translation>Al menos 10 caracteres, p. ej. «Válvula de desagüe del seno 1 sustituida, junta nueva.»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Category: %1 · Severity: %2</source>
        <translation>Categoría: %1 · Gravedad: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+272"/>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The inspector marked no single item; see the reason above.</source>
        <translation>El inspector no marcó ningún punto concreto; vea el motivo arriba.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rework done by %1, %2: %3</source>
        <translation>Reproceso hecho por %1, %2: %3</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Final QC failed; the signed result is not on record.</source>
        <translation>Control de calidad final no conforme; el resultado firmado no está registrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-QC failed; the signed result is not on record.</source>
        <translation>Control de calidad previo no conforme; el resultado firmado no está registrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final QC failed (%1, %2): “%3”</source>
        <translation>Control de calidad final no conforme (%1, %2): «%3»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre-QC failed (%1, %2): “%3”</source>
        <translation>Control de calidad previo no conforme (%1, %2): «%3»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Items the Final QC found</source>
        <translation>Puntos detectados por el control de calidad final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items the Pre-QC found</source>
        <translation>Puntos detectados por el control de calidad previo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End-of-line tests it touched: %1.</source>
        <translation>Pruebas de fin de línea afectadas: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Photos of the rework: %n.</source>
        <translation>
            <numerusform>Fotos del reproceso: %n.</numerusform>
            <numerusform>Fotos del reproceso: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>End-of-line test: %1 — %2</source>
        <translation>Prueba de fin de línea: %1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packing: %1</source>
        <translation>Embalaje: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write what was done (10 characters at least).</source>
        <translation>Escriba qué se hizo (10 caracteres como mínimo).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the rework &amp;touched (its tests are repeated, its packing items confirmed again):</source>
        <translation>&amp;Lo que afectó el reproceso (sus pruebas se repiten y sus artículos de embalaje se confirman de nuevo):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No photos (optional).</source>
        <translation>Sin fotos (opcional).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Photos: %1</source>
        <translation>Fotos: %1</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Wait until the build has loaded.</source>
        <translation>Espere a que la fabricación se haya cargado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the assembler who claimed the build, a coordinator or an admin does the rework.</source>
        <translation>Solo el montador que tomó la fabricación, un coordinador o un administrador hace el reproceso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rework is recorded.</source>
        <translation>El reproceso está registrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the rework: the tests it touched are then repeated and its packing items confirmed again; if it touched neither, the build goes back to Final QC at once.</source>
        <translation>Registre el reproceso: después se repiten las pruebas que afectó y se confirman de nuevo sus artículos de embalaje; si no afectó a ninguno de los dos, la fabricación vuelve enseguida al control de calidad final.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the rework: the build goes back to Pre-QC.</source>
        <translation>Registre el reproceso: la fabricación vuelve al control de calidad previo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record &amp;more rework on this failure…</source>
        <translation>Registrar &amp;otro reproceso para esta no conformidad…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packing items the rework touched: &amp;confirm each again once it is packed:</source>
        <translation>Artículos de embalaje afectados por el reproceso: &amp;confirme cada uno de nuevo una vez embalado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return to &amp;Final QC</source>
        <translation>&amp;Devolver al control de calidad final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not yet: %1</source>
        <translation>Todavía no: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the assembler who claimed the build, a coordinator or an admin returns it.</source>
        <translation>Solo el montador que tomó la fabricación, un coordinador o un administrador la devuelve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything the rework touched is repeated: the build can go back to Final QC.</source>
        <translation>Todo lo que afectó el reproceso se ha repetido: la fabricación puede volver al control de calidad final.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add a photo of the rework</source>
        <translation>Añadir una foto del reproceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (%1)</source>
        <translation>Fotos y documentos (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attaching %1…</source>
        <translation>Adjuntando %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 was not attached</source>
        <translation>%1 no se adjuntó</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is attached; it goes with the rework&apos;s record.</source>
        <translation>%1 está adjunto; acompaña al registro del reproceso.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The build goes back to Ready for Pre-QC with these notes.</source>
        <translation>La fabricación vuelve a «Listo para el control de calidad previo» con estas notas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It touched no test and no packing: the build goes back to Ready for Final QC now.</source>
        <translation>No afectó a ninguna prueba ni al embalaje: la fabricación vuelve ahora a «Listo para el control de calidad final».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The build stays in rework until the end-of-line test is repeated and passed (step 3) and the packing items are confirmed again; then “Return to Final QC”.</source>
        <translation>La fabricación sigue en reproceso hasta que la prueba de fin de línea se repita y se supere (paso 3) y los artículos de embalaje se confirmen de nuevo; después, «Devolver al control de calidad final».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rework done</source>
        <translation>Reproceso terminado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the rework of build %1?</source>
        <translation>¿Registrar el reproceso de la fabricación %1?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record cannot be changed afterwards.</source>
        <translation>El registro no se podrá cambiar después.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the rework</source>
        <translation>Registrar el reproceso</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The rework was not recorded</source>
        <translation>El reproceso no se registró</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rework recorded: build %1 is back for Pre-QC.</source>
        <translation>Reproceso registrado: la fabricación %1 vuelve al control de calidad previo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rework recorded: build %1 is back for Final QC.</source>
        <translation>Reproceso registrado: la fabricación %1 vuelve al control de calidad final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rework recorded: confirm the packing items it touched again.</source>
        <translation>Reproceso registrado: confirme de nuevo los artículos de embalaje que afectó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rework recorded: repeat the end-of-line test now (step 3).</source>
        <translation>Reproceso registrado: repita ahora la prueba de fin de línea (paso 3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 was not confirmed</source>
        <translation>%1 no se confirmó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmed again: %1</source>
        <translation>Confirmado de nuevo: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not returned to Final QC</source>
        <translation>No devuelta al control de calidad final</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build %1 is back for Final QC.</source>
        <translation>La fabricación %1 vuelve al control de calidad final.</translation>
    </message>
</context>
<context>
    <name>cs::ui::SettingsDialog</name>
    <message>
        <location filename="../src/ui/shell/settingsdialog.cpp" line="+79"/>
        <location line="+1"/>
        <source>System default printer</source>
        <translation>Impresora predeterminada del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 × 1 in (build label)</source>
        <translation>2 × 1 pulg. (etiqueta de fabricación)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 × 2 in</source>
        <translation>3 × 2 pulg.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 × 2 in</source>
        <translation>4 × 2 pulg.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 × 6 in (shipping)</source>
        <translation>4 × 6 pulg. (envío)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>62 × 29 mm</source>
        <translation>62 × 29 mm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (QC and assembly homes)</source>
        <translation>Automático (pantallas de inicio de calidad y ensamblaje)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>cs::ui::Shell</name>
    <message>
        <location filename="../src/ui/shell/shell.cpp" line="+54"/>
        <source>The scanned code %1 is not a CleanStation code.</source>
        <translation>El código escaneado %1 no es un código de CleanStation.</translation>
    </message>
</context>
<context>
    <name>cs::ui::SignatureDialog</name>
    <message>
        <location filename="../src/ui/common/signaturedialog.cpp" line="+21"/>
        <source>A reason is required (at least 3 characters).</source>
        <translation>Se necesita un motivo (al menos 3 caracteres).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
</context>
<context>
    <name>cs::ui::TaskView</name>
    <message>
        <location filename="../src/ui/assembly/taskview.cpp" line="+107"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The task list could not be read: %1</source>
        <translation>No se pudo leer la lista de tareas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the task list…</source>
        <translation>Leyendo la lista de tareas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build has no task list yet: it is made when the assembler who claimed the build opens it.</source>
        <translation>Esta fabricación todavía no tiene lista de tareas: se crea cuando el montador que la tomó la abre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No task for this item. Go to a production check to see its instruction, tools and parts.</source>
        <translation>Ninguna tarea para este punto. Vaya a un control de producción para ver su instrucción, sus herramientas y sus piezas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, basin %2</source>
        <translation>%1, cubeta %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task %1 of %2 · %3</source>
        <translation>Tarea %1 de %2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No work instruction explains this check.</source>
        <translation>Ninguna instrucción de trabajo explica este control.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work instruction %1, version %2</source>
        <translation>Instrucción de trabajo %1, versión %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts to pick</source>
        <translation>Piezas que recoger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part</source>
        <translation>Pieza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No parts to pick for this task.</source>
        <translation>Ninguna pieza que recoger para esta tarea.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ToolsDialog</name>
    <message>
        <location filename="../src/ui/admin/toolsdialog.cpp" line="+46"/>
        <source>Choose a &amp;picture…</source>
        <translation>Elegir una &amp;imagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active (new task lists name it)</source>
        <translation>&amp;Activa (las nuevas listas de tareas la nombran)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New tool</source>
        <translation>&amp;Nueva herramienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the tool</source>
        <translation>&amp;Guardar la herramienta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture:</source>
        <translation>Imagen:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A picture of the tool</source>
        <translation>Una imagen de la herramienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a picture that can be read.</source>
        <translation>%1 no es una imagen legible.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The picture was not stored: %1</source>
        <translation>La imagen no se guardó: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The tool was not saved: %1</source>
        <translation>La herramienta no se guardó: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is saved.</source>
        <translation>%1 (%2) está guardada.</translation>
    </message>
</context>
<context>
    <name>cs::ui::TransitionDialog</name>
    <message>
        <location filename="../src/ui/orders/transitiondialog.cpp" line="+40"/>
        <source>Move build %1 to “%2”?</source>
        <translation>¿Pasar la fabricación %1 a «%2»?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build %1 moves from “%2” to “%3”.</source>
        <translation>La fabricación %1 pasa de «%2» a «%3».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gate: %1</source>
        <translation>Condición: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gate not met: %1</source>
        <translation>Condición no cumplida: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your note, kept in the history: %1</source>
        <translation>Su nota, conservada en el historial: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change is recorded with your name and the server&apos;s time.</source>
        <translation>El cambio se registra con su nombre y la hora del servidor.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ship &amp;date</source>
        <translation>&amp;Fecha de envío</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Carrier</source>
        <translation>&amp;Transportista</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tracking number</source>
        <translation>Número de &amp;seguimiento</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Ship build %1</source>
        <translation>&amp;Enviar la fabricación %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Move to “%1”</source>
        <translation>&amp;Pasar a «%1»</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Give the day the build left the plant.</source>
        <translation>Indique el día en que la fabricación salió de la planta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ship date cannot be after today (%1).</source>
        <translation>La fecha de envío no puede ser posterior a hoy (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ship date cannot be before the build was ready for ship (%1).</source>
        <translation>La fecha de envío no puede ser anterior al paso de la fabricación a «Listo para enviar» (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The carrier and the tracking number have at most %1 characters each.</source>
        <translation>El transportista y el número de seguimiento tienen como máximo %1 caracteres cada uno.</translation>
    </message>
</context>
<context>
    <name>cs::ui::TravelerPrinting</name>
    <message>
        <location filename="../src/ui/printing/travelerprinting.cpp" line="+56"/>
        <location line="+46"/>
        <source>No build is selected.</source>
        <translation>No hay ninguna fabricación seleccionada.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The travelers could not be written to %1: %2</source>
        <translation>No se han podido escribir las hojas de ruta en %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The travelers were not exported: %1</source>
        <translation>Las hojas de ruta no se han exportado: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Traveler exported to %1 (reprint %2).</source>
        <translation>Hoja de ruta exportada a %1 (reimpresión %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traveler exported to %1.</source>
        <translation>Hoja de ruta exportada a %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n travelers exported to %1.</source>
        <translation>
            <numerusform>%n hoja de ruta exportada a %1.</numerusform>
            <numerusform>%n hojas de ruta exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The travelers cannot be made: %1</source>
        <translation>No se pueden crear las hojas de ruta: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Travelers of %n builds</source>
        <translation>
            <numerusform>Hojas de ruta de %n fabricación</numerusform>
            <numerusform>Hojas de ruta de %n fabricaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The travelers were printed but their prints were not recorded: %1</source>
        <translation>Las hojas de ruta se imprimieron, pero sus impresiones no se registraron: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n traveler printed.</source>
        <translation>
            <numerusform>%n hoja de ruta impresa.</numerusform>
            <numerusform>%n hojas de ruta impresas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n travelers printed.</source>
        <translation>
            <numerusform>%n hoja de ruta impresa.</numerusform>
            <numerusform>%n hojas de ruta impresas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Traveler of build %1</source>
        <translation>Hoja de ruta de la fabricación %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Reprints among them: %1.</source>
        <translation>Reimpresiones entre ellas: %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+5"/>
        <source>The travelers could not be drawn: %1</source>
        <translation>No se han podido dibujar las hojas de ruta: %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::UserAdminDialog</name>
    <message>
        <location filename="../src/ui/admin/useradmindialog.cpp" line="-62"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials</source>
        <translation>Iniciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last login</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Filter users</source>
        <translation>Filtrar usuarios</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;activate</source>
        <translation>Des&amp;activar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 can log in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is deactivated.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password of %1 was reset. Give them the new password in person.</source>
        <translation>Se ha restablecido la contraseña de %1. Entréguele la nueva contraseña en persona.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is now: %2.</source>
        <translation>%1 es ahora: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset password</source>
        <translation>Restablecer la contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for %1:</source>
        <translation>Nueva contraseña para %1:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change role</source>
        <translation>Cambiar el rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New role for %1:</source>
        <translation>Nuevo rol para %1:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/usererrortext.cpp" line="+36"/>
        <source>These initials are already used by another active user. Choose other initials.</source>
        <translation>Estas iniciales ya las usa otro usuario activo. Elija otras iniciales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Initials are 1 to 10 letters.</source>
        <translation>Las iniciales tienen de 1 a 10 letras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user name is already taken on the server. Choose another.</source>
        <translation>Este nombre de usuario ya existe en el servidor. Elija otro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user name has 3 to 63 characters: lower-case letters, digits and _, starting with a letter.</source>
        <translation>Un nombre de usuario tiene de 3 a 63 caracteres: letras minúsculas, cifras y _, y empieza por una letra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full name is required.</source>
        <translation>El nombre completo es obligatorio.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The password is too weak. Use at least the length the server asks for, with letters and digits.</source>
        <translation>La contraseña es demasiado débil. Use al menos la longitud que pide el servidor, con letras y cifras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s rule: %1</source>
        <translation>Regla del servidor: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This e-mail address is already used by another user.</source>
        <translation>Otro usuario ya usa esta dirección de correo electrónico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot do this to your own account.</source>
        <translation>No puede hacer esto con su propia cuenta.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The current password is not correct.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no such user (any more). Refresh the list.</source>
        <translation>Este usuario no existe (o ya no existe). Actualice la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This login is disabled.</source>
        <translation>Esta cuenta está desactivada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the change. The details are in the log file.</source>
        <translation>El servidor ha rechazado el cambio. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>cs::ui::WizardPage</name>
    <message>
        <location filename="../src/ui/wizard/wizardpage.cpp" line="+311"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::WizardPageAccessories</name>
    <message>
        <location filename="../src/ui/wizard/wizardpageaccessories.cpp" line="+30"/>
        <source>Accessories</source>
        <translation>Accesorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 4 of 5 · Accessories of each build. Type in the filter and press Enter to add the first match; set the quantity below the list.</source>
        <translation>Paso 4 de 5 · Accesorios de cada fabricación. Escriba en el filtro y pulse Intro para añadir la primera coincidencia; ajuste la cantidad debajo de la lista.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+85"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+85"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>702 · Baskets, bins and shelves</source>
        <translation>702 · Cestas, cubetas y estantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>703 · Holders, plates and hangers</source>
        <translation>703 · Soportes, placas y colgadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>704 · Lighting add-ons</source>
        <translation>704 · Complementos de iluminación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>705 · Electronic and digital add-ons</source>
        <translation>705 · Complementos electrónicos y digitales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>707 · Drawers and compartments</source>
        <translation>707 · Cajones y compartimentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
</context>
<context>
    <name>cs::ui::WizardPageOrder</name>
    <message>
        <location filename="../src/ui/wizard/wizardpageorder.cpp" line="+20"/>
        <source>Customer and order</source>
        <translation>Cliente y pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1 of 5 · Who orders, for when, and in which language the documents are printed.</source>
        <translation>Paso 1 de 5 · Quién pide, para cuándo y en qué idioma se imprimen los documentos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1; up to %2 MB each.</source>
        <translation>%1; hasta %2 MB cada uno.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Attach a PO document</source>
        <translation>Adjuntar una orden de compra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attach a sink drawing</source>
        <translation>Adjuntar un plano del fregadero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (%1)</source>
        <translation>Documentos (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2 (%3 KB)</source>
        <translation>%1 · %2 (%3 KB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PO document</source>
        <translation>Orden de compra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drawing</source>
        <translation>Plano</translation>
    </message>
</context>
<context>
    <name>cs::ui::WizardPageReview</name>
    <message>
        <location filename="../src/ui/wizard/wizardpagereview.cpp" line="+51"/>
        <source>Review and submit</source>
        <translation>Revisar y enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 5 of 5 · Check the order. &quot;Edit&quot; goes back to a step; Submit order stores the order, its frozen BOMs and documents in one go.</source>
        <translation>Paso 5 de 5 · Revise el pedido. «editar» vuelve a un paso; Enviar el pedido guarda de una vez el pedido, sus listas de materiales congeladas y sus documentos.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Ready: the BOMs above are generated from the current catalog (revision %1).</source>
        <translation>Listo: las listas de materiales de arriba se generan a partir del catálogo actual (revisión %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating the BOM…</source>
        <translation>Actualizando la lista de materiales…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edit</source>
        <translation>editar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PO number</source>
        <translation>Número de orden de compra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales person</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Want date</source>
        <translation>Fecha deseada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language</source>
        <translation>Idioma de los documentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not chosen</source>
        <translation>no elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sinks</source>
        <translation>Fregaderos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Build %1 · %2</source>
        <translation>Fabricación %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No configuration.</source>
        <translation>Sin configuración.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BOM · top-level lines: %1</source>
        <translation>Lista de materiales · líneas de primer nivel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>cs::ui::WizardPageSelection</name>
    <message>
        <location filename="../src/ui/wizard/wizardpageselection.cpp" line="+20"/>
        <source>Sink selection</source>
        <translation>Selección del fregadero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 5 · The sink family, how many sinks, and the build number of each sink.</source>
        <translation>Paso 2 de 5 · La familia de fregadero, cuántos fregaderos y el número de fabricación de cada uno.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This sink family is under construction and cannot be configured yet. Choose MDRD to continue.</source>
        <translation>Esta familia de fregadero está en desarrollo y todavía no se puede configurar. Elija MDRD para continuar.</translation>
    </message>
</context>
<context>
    <name>cs::ui::WizardPageSink</name>
    <message>
        <location filename="../src/ui/wizard/wizardpagesink.cpp" line="+46"/>
        <source>Build %1 · %2%3</source>
        <translation>Fabricación %1 · %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no number)</source>
        <translation>(sin número)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  — needs attention</source>
        <translation>  — requiere atención</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sink configuration</source>
        <translation>Configuración del fregadero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 5 · Body, pegboard, basins, faucets and sprayers of each build. The BOM on the right follows as you type; hover a line to see why it is there.</source>
        <translation>Paso 3 de 5 · Cuerpo, panel perforado, senos, grifos y pistolas de cada fabricación. La lista de materiales de la derecha se actualiza mientras escribe; pase el ratón sobre una línea para ver por qué está ahí.</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>Build %1 · %2</source>
        <translation>Fabricación %1 · %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Added for the E-Sink DI basin; it stays while that basin is E-Sink DI. You may change its placement.</source>
        <translation>Añadido para el seno E-Sink DI; se mantiene mientras ese seno sea E-Sink DI. Puede cambiar su ubicación.</translation>
    </message>
</context>
<context>
    <name>cs::ui::WorkInstructionBrowser</name>
    <message>
        <location filename="../src/ui/assembly/workinstructionbrowser.cpp" line="+96"/>
        <source>(the picture could not be read)</source>
        <translation>(no se pudo leer la imagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(picture loading…)</source>
        <translation>(cargando la imagen…)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Picture (click to enlarge)</source>
        <translation>Imagen (haga clic para ampliar)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Safety:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>cs::ui::WorkInstructionsDialog</name>
    <message>
        <location filename="../src/ui/admin/workinstructionsdialog.cpp" line="+43"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published, in force</source>
        <translation>Publicada, vigente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published, replaced</source>
        <translation>Publicada, sustituida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Publicada el</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Import a work instruction file…</source>
        <translation>&amp;Importar un archivo de instrucción de trabajo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish this draft…</source>
        <translation>&amp;Publicar este borrador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools…</source>
        <translation>&amp;Herramientas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work instructions</source>
        <translation>Instrucciones de trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each work instruction keeps every version. A build&apos;s task list takes the version in force when it is made and keeps it. A published version never changes: to change an instruction, import a new version and publish it.</source>
        <translation>Cada instrucción de trabajo conserva todas sus versiones. La lista de tareas de una fabricación toma la versión vigente cuando se crea y la conserva. Una versión publicada no cambia nunca: para cambiar una instrucción, importe una nueva versión y publíquela.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Only a draft can be published; this version is published.</source>
        <translation>Solo se puede publicar un borrador; esta versión está publicada.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a version to see its steps.</source>
        <translation>Elija una versión para ver sus pasos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key and version:</source>
        <translation>Clave y versión:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Creada:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published:</source>
        <translation>Publicada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production checks it explains:</source>
        <translation>Controles de producción que explica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assemblies (parts to pick):</source>
        <translation>Conjuntos (piezas que recoger):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools:</source>
        <translation>Herramientas:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a work instruction</source>
        <translation>Importar una instrucción de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work instructions (*.json)</source>
        <translation>Instrucciones de trabajo (*.json)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Nothing was stored.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storing the pictures of %1 and checking it…</source>
        <translation>Guardando las imágenes de %1 y comprobándolo…</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>Nothing was stored: %n problem to correct in the file, listed below.</source>
        <translation>
            <numerusform>No se guardó nada: %n problema que corregir en el archivo, indicado abajo.</numerusform>
            <numerusform>No se guardó nada: %n problemas que corregir en el archivo, indicados abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was stored: %n problems to correct in the file, listed below.</source>
        <translation>
            <numerusform>No se guardó nada: %n problema que corregir en el archivo, indicado abajo.</numerusform>
            <numerusform>No se guardó nada: %n problemas que corregir en el archivo, indicados abajo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-99"/>
        <source>step %1: the picture %2 is not a PNG or JPEG file</source>
        <translation>paso %1: la imagen %2 no es un archivo PNG o JPEG</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>a work instruction</source>
        <translation>una instrucción de trabajo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>step %1: the picture %2 cannot be read: %3</source>
        <translation>paso %1: no se puede leer la imagen %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step %1: the picture %2 is larger than %3 MB</source>
        <translation>paso %1: la imagen %2 ocupa más de %3 MB</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the picture %1: %2</source>
        <translation>la imagen %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The work instruction is stored as a draft. Check it, then publish it.</source>
        <translation>La instrucción de trabajo se guardó como borrador. Revísela y luego publíquela.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Publish version %1?</source>
        <translation>¿Publicar la versión %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task lists made from now on will use version %1 of “%2”. Builds that have their task list keep their version. A published version cannot be changed or deleted.</source>
        <translation>Las listas de tareas creadas a partir de ahora usarán la versión %1 de «%2». Las fabricaciones que ya tienen su lista de tareas conservan su versión. Una versión publicada no se puede cambiar ni borrar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 version %2 is published; new task lists use it.</source>
        <translation>%1 versión %2 está publicada; las nuevas listas de tareas la usan.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ZplPreviewDialog</name>
    <message>
        <location filename="../src/ui/printing/zplpreviewdialog.cpp" line="+48"/>
        <source>Save ZPL</source>
        <translation>Guardar el ZPL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ZPL files (*.zpl)</source>
        <translation>Archivos ZPL (*.zpl)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%1 × %2 dots at %3 dpi · %n copy · %4 bytes of ZPL</source>
        <translation>
            <numerusform>%1 × %2 puntos a %3 ppp · %n copia · %4 bytes de ZPL</numerusform>
            <numerusform>%1 × %2 puntos a %3 ppp · %n copias · %4 bytes de ZPL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 × %2 dots at %3 dpi · %n copies · %4 bytes of ZPL</source>
        <translation>
            <numerusform>%1 × %2 puntos a %3 ppp · %n copia · %4 bytes de ZPL</numerusform>
            <numerusform>%1 × %2 puntos a %3 ppp · %n copias · %4 bytes de ZPL</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The ZPL was not saved: %1</source>
        <translation>El ZPL no se ha guardado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ZPL saved to %1.</source>
        <translation>ZPL guardado en %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a port number.</source>
        <translation>%1 no es un número de puerto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the printer&apos;s host name or address.</source>
        <translation>Introduzca el nombre de host o la dirección de la impresora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending to %1:%2…</source>
        <translation>Enviando a %1:%2…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>4 × 6 in</source>
        <translation>4 × 6 pulg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 × 2 in</source>
        <translation>4 × 2 pulg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 × 1 in</source>
        <translation>2 × 1 pulg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 dpi</source>
        <translation>%1 ppp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZPL preview: %1</source>
        <translation>Vista previa ZPL: %1</translation>
    </message>
</context>
</TS>
