package org.convene.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Tells {@link Tables} what the persistence unit reads and writes, from the one place every query
 * passes (named in persistence.xml as {@code eclipselink.session.customizer}):
 *
 * <ul>
 *   <li>each statement executed: the tables its SQL names (JPQL, criteria and native alike), and
 *       the tables of the entity it is about;
 *   <li>each object built, cloned or refreshed — also those served from EclipseLink's shared cache
 *       without a statement — the tables of its entity and of its join tables;
 *   <li>each write (an entity's insert, update or delete, or a native INSERT / UPDATE / DELETE):
 *       the table is noted on the JTA transaction, and reported once that transaction has
 *       committed.
 * </ul>
 */
public class TableTracking implements SessionCustomizer {

  private static final Logger LOG = Logger.getLogger(TableTracking.class.getName());
  private static final Object WRITTEN = new Object();
  private static final Map<ClassDescriptor, Set<String>> TABLES_OF = new ConcurrentHashMap<>();
  private static volatile TransactionSynchronizationRegistry registry;

  @Override
  public void customize(Session session) {
    session.getEventManager().addListener(new Statements());
    Objects objects = new Objects();
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      descriptor.getEventManager().addListener(objects);
    }
  }

  /** The tables an entity's rows live in, with its join and element-collection tables. */
  static Set<String> tablesOf(ClassDescriptor descriptor) {
    return TABLES_OF.computeIfAbsent(
        descriptor,
        d -> {
          Set<String> tables = new HashSet<>();
          for (DatabaseTable table : d.getTables()) {
            tables.add(table.getName().toLowerCase(Locale.ROOT));
          }
          for (DatabaseMapping mapping : d.getMappings()) {
            if (mapping instanceof ManyToManyMapping many && many.getRelationTable() != null) {
              tables.add(many.getRelationTable().getName().toLowerCase(Locale.ROOT));
            } else if (mapping instanceof DirectCollectionMapping direct
                && direct.getReferenceTable() != null) {
              tables.add(direct.getReferenceTable().getName().toLowerCase(Locale.ROOT));
            }
          }
          return Set.copyOf(tables);
        });
  }

  private static final class Statements extends SessionEventAdapter {

    @Override
    public void postExecuteQuery(SessionEvent event) {
      DatabaseQuery query = event.getQuery();
      if (query == null) {
        return;
      }
      String sql = sqlOf(query);
      boolean changedNothing =
          (event.getResult() instanceof Number rows && rows.longValue() == 0)
              || (!query.isModifyQuery()
                  && event.getResult() instanceof java.util.Collection<?> returned
                  && returned.isEmpty());
      Set<String> inText = Tables.writtenIn(sql);
      if (!changedNothing && (query.isModifyQuery() || !inText.isEmpty())) {
        Set<String> written = new HashSet<>(inText);
        if (query.isObjectLevelModifyQuery() && query.getDescriptor() != null) {
          written.addAll(tablesOf(query.getDescriptor()));
        } else if (query.isModifyAllQuery() && query.getDescriptor() != null) {
          written.addAll(tablesOf(query.getDescriptor()));
        }
        wrote(written);
      }
      if (Tables.reading()) {
        if (query.getDescriptor() != null) {
          tablesOf(query.getDescriptor()).forEach(Tables::read);
        }
        Tables.readSql(sql);
      }
    }

    private static String sqlOf(DatabaseQuery query) {
      try {
        if (query.getDatasourceCalls() != null && query.getDatasourceCalls().size() > 1) {
          return String.join(";\n", query.getSQLStrings());
        }
        return query.getSQLString();
      } catch (RuntimeException notPrepared) {
        return null;
      }
    }
  }

  private static final class Objects extends DescriptorEventAdapter {

    private static void seen(DescriptorEvent event) {
      if (Tables.reading() && event.getDescriptor() != null) {
        tablesOf(event.getDescriptor()).forEach(Tables::read);
      }
    }

    @Override
    public void postBuild(DescriptorEvent event) {
      seen(event);
    }

    @Override
    public void postClone(DescriptorEvent event) {
      seen(event);
    }

    @Override
    public void postRefresh(DescriptorEvent event) {
      seen(event);
    }
  }

  /**
   * Notes written tables on the current JTA transaction; they are reported to {@link Tables}'
   * subscribers after it commits. Without a transaction (none is expected: the unit is JTA) they
   * are reported at once.
   */
  @SuppressWarnings("unchecked")
  static void wrote(Set<String> tables) {
    if (tables.isEmpty()) {
      return;
    }
    TransactionSynchronizationRegistry transactions = registry();
    if (transactions == null || transactions.getTransactionKey() == null) {
      Tables.committed(tables);
      return;
    }
    Set<String> noted = (Set<String>) transactions.getResource(WRITTEN);
    if (noted == null) {
      Set<String> fresh = ConcurrentHashMap.newKeySet();
      try {
        transactions.registerInterposedSynchronization(
            new Synchronization() {
              @Override
              public void beforeCompletion() {}

              @Override
              public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                  Tables.committed(fresh);
                }
              }
            });
      } catch (IllegalStateException completing) {
        // the transaction is already completing (a flush at commit): its writes are about to be
        // committed or rolled back, and PostgreSQL's notice (sent only on commit) reports them
        LOG.log(Level.FINE, "written tables left to the database's notice", completing);
        return;
      }
      transactions.putResource(WRITTEN, fresh);
      noted = fresh;
    }
    noted.addAll(tables);
  }

  private static TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry found = registry;
    if (found == null) {
      try {
        found =
            (TransactionSynchronizationRegistry)
                new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        registry = found;
      } catch (NamingException e) {
        return null;
      }
    }
    return found;
  }
}
